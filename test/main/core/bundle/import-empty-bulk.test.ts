import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../../../lib/seeded-random.js';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type * as DerivedTables from '../../../../main/core/store/derived-tables.js';
import { DERIVED_TABLES } from '../../../../main/core/store/derived-tables.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, sha256 } from './sample-case.js';

// The import into an empty case builds the search indexes and tallies once at the end instead
// of keeping them row by row (store/derived-tables.ts). `rowByRow.on` makes the same import take
// the triggers' path, so both can be compared on one bundle.
const rowByRow = vi.hoisted(() => ({ on: false, triggersSetAside: false, indexesSetAside: false }));
vi.mock('../../../../main/core/store/derived-tables.js', async (importOriginal) => {
  const real = await importOriginal<typeof DerivedTables>();
  return {
    ...real,
    withDerivedTablesBuiltAfter: <T>(store: CaseStore, fn: () => T): T =>
      rowByRow.on
        ? fn()
        : real.withDerivedTablesBuiltAfter(store, () => {
            // Seen from inside: whether this import took the bulk path.
            const trigger = "SELECT 1 FROM sqlite_master WHERE name = 'mentions_tally_insert'";
            rowByRow.triggersSetAside = store.connection().prepare(trigger).get() === undefined;
            const index = "SELECT 1 FROM sqlite_master WHERE name = 'mentions_entity'";
            rowByRow.indexesSetAside = store.connection().prepare(index).get() === undefined;
            return fn();
          }),
  };
});

const tempDir = useTempDir();

const WORDS = 'border convoy ministry Dushanbe Khorog attack meeting envoy café naïve report river bridge'.split(' ');

/** The sample case plus generated documents, entities, aliases, mentions (some rejected) and links (some self-links, some rejected). */
function richCase(dir: string): CaseStore {
  const { store } = buildSampleCase(dir, 'source.dossier');
  const random = seededRandom(15);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const docs = store.insertMany(
    'document',
    Array.from({ length: 60 }, (_, i) => {
      const text = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
      store.putOriginal(sha256(text), Buffer.from(text));
      return {
        title: `Report ${i} ${pick(WORDS)}`,
        sourceUri: '',
        mimeType: 'text/plain',
        sha256: sha256(text),
        size: text.length,
        text,
        language: 'en',
        publishedAt: null,
        ingestedAt: '2025-12-14T08:00:00.000Z',
        reliability: null,
        tlp: 'TLP:AMBER' as const,
        parentId: null,
        properties: {},
      };
    }),
  );
  const entities = store.insertMany(
    'entity',
    Array.from({ length: 80 }, (_, i) => ({
      type: pick(['person', 'organization', 'location']),
      label: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      properties: {},
      notes: '',
      status: 'suggested' as const,
    })),
  );
  store.insertMany(
    'alias',
    entities.slice(0, 30).map((e) => ({ entityId: e.id, alias: `${pick(WORDS)} alias` })),
  );
  store.insertMany(
    'mention',
    Array.from({ length: 300 }, () => ({
      documentId: pick(docs).id,
      entityId: pick(entities).id,
      start: 0,
      end: 4,
      surface: 'x',
      extractor: 'test',
      extractorVersion: '1',
      status: pick(['suggested', 'confirmed', 'rejected'] as const),
    })),
  );
  store.insertMany(
    'link',
    Array.from({ length: 120 }, (_, i) => {
      const source = pick(entities).id;
      return {
        sourceId: source,
        targetId: i % 10 === 0 ? source : pick(entities).id,
        type: 'associate_of',
        directed: false,
        confidence: 0.5,
        credibility: null,
        firstSeen: null,
        lastSeen: null,
        status: pick(['suggested', 'confirmed', 'rejected'] as const),
        properties: {},
      };
    }),
  );
  return store;
}

/** Everything an import leaves in the case, minus what carries its own clock (audit, journal). */
function contents(store: CaseStore): Record<string, unknown> {
  const db = store.connection();
  const out: Record<string, unknown> = {};
  for (const table of [
    'documents',
    'entities',
    'aliases',
    'mentions',
    'events',
    'participants',
    'links',
    'citations',
    'charts',
    'chart_nodes',
    'originals',
    'tombstones',
    'merge_redirects',
  ])
    out[table] = db.prepare(`SELECT rowid AS r, * FROM ${table} ORDER BY rowid`).all();
  // Tallies are WITHOUT ROWID tables, keyed by their first columns.
  for (const table of ['entity_tallies', 'entity_document_tallies', 'document_tallies'])
    out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  out.names = db.prepare('SELECT rowid, entity_id, name FROM names_fts ORDER BY rowid').all();
  out.events = db.prepare('SELECT rowid, event_id, title, facts FROM events_fts ORDER BY rowid').all();
  for (const word of [...WORDS, 'Rahmon', 'report*', 'naive', 'cafe'])
    out[`search ${word}`] = db
      .prepare(
        'SELECT rowid, round(bm25(documents_fts), 6) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid',
      )
      .all(word);
  out.schema = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index', 'table') ORDER BY name")
    .all();
  return out;
}

function ftsIntegrity(store: CaseStore): void {
  const db = store.connection();
  db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO names_fts(names_fts) VALUES ('integrity-check')");
}

/** Writes after the import, to show the triggers are back and keep everything in step. */
function editAfterwards(store: CaseStore): void {
  const doc = store.list('document', {}, { limit: 3 })[2]!;
  const entity = store.list('entity', {}, { limit: 5 })[4]!;
  store.update('document', doc.id, { text: 'a convoy crossed the river at dawn', title: 'Edited' });
  store.insert('mention', {
    documentId: doc.id,
    entityId: entity.id,
    start: 2,
    end: 8,
    surface: 'convoy',
    extractor: 'analyst',
    extractorVersion: '',
    status: 'confirmed',
  });
  store.update('entity', entity.id, { label: 'Renamed Entity' });
  store.remove('entity', store.list('entity', {}, { limit: 7 })[6]!.id);
}

describe('import into an empty case: indexes and tallies built once at the end', () => {
  it('leaves the same rows, search hits, names index, tallies and schema as keeping them row by row', () => {
    const dir = tempDir();
    const source = richCase(dir);
    const bundle = join(dir, 'rich.casebundle');
    exportBundle(source, bundle);
    source.close();

    const bulk = CaseStore.create(join(dir, 'bulk.dossier'), {
      title: 'bulk',
      id: '0193a000-0000-7000-8000-000000000001',
    });
    importBundle(bulk, bundle);
    expect(rowByRow.triggersSetAside).toBe(true);
    expect(rowByRow.indexesSetAside).toBe(true);
    rowByRow.on = true;
    const rows = CaseStore.create(join(dir, 'rows.dossier'), {
      title: 'rows',
      id: '0193a000-0000-7000-8000-000000000001',
    });
    try {
      importBundle(rows, bundle);
    } finally {
      rowByRow.on = false;
    }
    expect((contents(bulk).entity_tallies as unknown[]).length).toBeGreaterThan(80);
    expect(contents(bulk)).toEqual(contents(rows));
    for (const store of [bulk, rows]) {
      expect(store.integrityCheck()).toEqual([]);
      ftsIntegrity(store);
    }

    editAfterwards(bulk);
    editAfterwards(rows);
    const after = contents(bulk);
    // The edits carry their own ids and times; what the triggers derived from them must agree.
    for (const table of [
      ...DERIVED_TABLES.filter((t) => t.endsWith('tallies')),
      'names',
      'search convoy',
      'search river',
    ])
      expect(after[table === 'names' ? 'names' : table], table).toEqual(contents(rows)[table]);
    expect(bulk.searchDocuments('convoy dawn').map((h) => h.title)).toEqual(['Edited']);
    expect(bulk.searchNames('Renamed').length).toBe(1);
    for (const store of [bulk, rows]) {
      expect(store.integrityCheck()).toEqual([]);
      ftsIntegrity(store);
    }
    bulk.close();
    rows.close();
  });

  it('a bundle refused after its rows were written leaves the empty case exactly as it was, triggers included', () => {
    const dir = tempDir();
    const { store: source, ids } = buildSampleCase(dir, 'source.dossier');
    // A mention of an entity the bundle does not carry: found only once every record is written.
    source.connection().pragma('foreign_keys = OFF');
    source
      .connection()
      .prepare('UPDATE mentions SET entity_id = ? WHERE id = ?')
      .run('0193a000-0000-7000-8000-00000000dead', ids.mention);
    const bundle = join(dir, 'dangling.casebundle');
    exportBundle(source, bundle);
    source.close();

    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const before = contents(target);
    expect(() => importBundle(target, bundle)).toThrow(DossierError);
    expect(contents(target)).toEqual(before);
    // The triggers still keep the indexes: a document written now is found.
    target.insert('document', {
      title: 'After the refusal',
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: sha256('x'),
      size: 1,
      text: 'convoy at the bridge',
      language: null,
      publishedAt: null,
      ingestedAt: '2025-12-14T08:00:00.000Z',
      reliability: null,
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    });
    expect(target.searchDocuments('bridge').map((h) => h.title)).toEqual(['After the refusal']);
    expect(target.integrityCheck()).toEqual([]);
    target.close();
  });

  it('a dry run into an empty case writes nothing and leaves the schema as it was', () => {
    const dir = tempDir();
    const source = richCase(dir);
    const bundle = join(dir, 'rich.casebundle');
    exportBundle(source, bundle);
    source.close();
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const before = contents(target);
    const { report } = importBundle(target, bundle, { dryRun: true });
    expect(report.kinds.document.new).toBe(62);
    expect(contents(target)).toEqual(before);
    target.close();
  });
});
