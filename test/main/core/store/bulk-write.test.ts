import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../../main/core/ids.js';
import { ROWS_PER_STATEMENT, withBulkWriteSettings } from '../../../../main/core/store/bulk-write.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { RecordsByKind } from '../../../../main/core/store/records.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function documentRecord(caseId: string, i: number, text: string): RecordsByKind['document'] {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
  return {
    id: newId(),
    caseId,
    createdAt: at,
    modifiedAt: at,
    title: `Report ${i}`,
    sourceUri: '',
    mimeType: 'text/plain',
    sha256: 'a'.repeat(64),
    size: text.length,
    text,
    language: 'en',
    publishedAt: null,
    ingestedAt: at,
    reliability: null,
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: { n: i },
  };
}

describe('putMany through multi-row statements', () => {
  it('writes every record across batches, a repeated id updating the earlier row (and the search index) as one upsert per row would', () => {
    const store = CaseStore.create(join(tempDir(), 'bulk.dossier'), { title: 'bulk' });
    const caseId = store.meta().id;
    const n = ROWS_PER_STATEMENT * 2 + 37;
    const records = Array.from({ length: n }, (_, i) => documentRecord(caseId, i, `ordinary text number ${i}`));
    // The same document again, later in the list and in another batch, with new text.
    const revised = { ...records[5]!, text: 'zanzibar harbour manifest', modifiedAt: '2025-02-01T00:00:00.000Z' };
    store.putMany('document', [...records, revised], 'import');

    expect(store.count('document')).toBe(n);
    expect(store.get('document', records[5]!.id)).toEqual(revised);
    expect(store.get('document', records[n - 1]!.id)).toEqual(records[n - 1]);
    expect(store.get('document', records[ROWS_PER_STATEMENT]!.id)?.properties).toEqual({ n: ROWS_PER_STATEMENT });
    expect(store.searchDocuments('zanzibar').map((h) => h.documentId)).toEqual([records[5]!.id]);
    expect(store.searchDocuments('"number 5"')).toEqual([]);
    expect(store.searchDocuments('"number 6"').map((h) => h.documentId)).toEqual([records[6]!.id]);
    // One audit row for the call, listing every id written.
    const audit = store.auditLog().filter((a) => a.action === 'import');
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as { count: number }).count).toBe(n + 1);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });
});

describe('insertMany through multi-row statements', () => {
  function caseWithEntities(name: string): { store: CaseStore; docId: string; entityIds: string[] } {
    const store = CaseStore.create(join(tempDir(), name), { title: name });
    const doc = store.insert('document', {
      ...documentRecord(store.meta().id, 0, 'x'.repeat(2000)),
      sha256: 'b'.repeat(64),
    });
    const entityIds = ['a', 'b', 'c'].map(
      (l) => store.insert('entity', { type: 'person', label: l, properties: {}, notes: '', status: 'suggested' }).id,
    );
    return { store, docId: doc.id, entityIds };
  }
  const mentionsOf = (docId: string, entityIds: string[], n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: newId(),
      documentId: docId,
      entityId: entityIds[i % entityIds.length]!,
      start: i * 3,
      end: i * 3 + 2,
      surface: 'xx',
      extractor: 'test',
      extractorVersion: '1',
      status: i % 7 === 0 ? ('rejected' as const) : ('suggested' as const),
    }));
  const withoutStamps = <T extends { createdAt: string; modifiedAt: string }>(r: T) => ({
    ...r,
    createdAt: '',
    modifiedAt: '',
  });

  it('writes the same rows and tallies as one insert per row, across statement boundaries', () => {
    const n = ROWS_PER_STATEMENT * 2 + 13;
    const bulk = caseWithEntities('bulk.dossier');
    const single = caseWithEntities('single.dossier');
    const rows = mentionsOf(bulk.docId, bulk.entityIds, n);
    const written = bulk.store.batch('ingest', 'mention', () => bulk.store.insertMany('mention', rows));
    // The row-by-row reference: the same fields (ids included) one insert at a time.
    single.store.transaction(() => {
      for (const r of rows)
        single.store.insert('mention', {
          ...r,
          documentId: single.docId,
          entityId: single.entityIds[bulk.entityIds.indexOf(r.entityId)]!,
        });
    });
    expect(bulk.store.count('mention')).toBe(n);
    expect(bulk.store.list('mention')).toEqual(written);
    const normalise = (s: { store: CaseStore; docId: string; entityIds: string[] }) =>
      s.store.list('mention').map((m) => ({
        ...withoutStamps(m),
        caseId: '',
        documentId: '',
        entityId: s.entityIds.indexOf(m.entityId),
      }));
    expect(normalise(bulk)).toEqual(normalise(single));
    const tallies = (s: { store: CaseStore; entityIds: string[] }) =>
      s.store.entityPage({ limit: 10, offset: 0 }).rows.map((r) => [s.entityIds.indexOf(r.id), r.mentions]);
    expect(tallies(bulk)).toEqual(tallies(single));
    expect(bulk.store.integrityCheck()).toEqual([]);
    // The batch's one audit row lists every mention created.
    const audit = bulk.store.auditLog().filter((a) => a.action === 'ingest');
    expect((audit[0]!.after as { created: Record<string, string[]> }).created['mention']).toEqual(
      rows.map((r) => r.id),
    );
    bulk.store.close();
    single.store.close();
  });

  it('refuses a taken id and leaves none of the call behind, inside a batch and alone', () => {
    const { store, docId, entityIds } = caseWithEntities('dup.dossier');
    const first = mentionsOf(docId, entityIds, 3);
    store.insertMany('mention', first);
    let expected = 3;
    for (const n of [5, ROWS_PER_STATEMENT + 5]) {
      const again = [...mentionsOf(docId, entityIds, n - 1), first[1]!];
      expect(() => store.insertMany('mention', again)).toThrow(/UNIQUE/);
      expect(store.count('mention')).toBe(expected);
      // Inside a batch, a file's savepoint catches it; the batch goes on without those rows.
      store.batch('ingest', 'mention', () => {
        expect(() => store.transaction(() => store.insertMany('mention', again))).toThrow(/UNIQUE/);
        // Caught right there, without a savepoint of the caller's: none of the call's rows stay.
        expect(() => store.insertMany('mention', again)).toThrow(/UNIQUE/);
        expect(store.count('mention')).toBe(expected);
        store.insertMany('mention', mentionsOf(docId, entityIds, 2));
      });
      expected += 2;
      expect(store.count('mention')).toBe(expected);
    }
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });
});

describe('bulk write settings', () => {
  it('hold savepoint journals in memory only while the case is empty, and restore every setting afterwards', () => {
    const store = CaseStore.create(join(tempDir(), 'settings.dossier'), { title: 'settings' });
    const db = store.connection();
    const settings = () => ({
      temp: db.pragma('temp_store', { simple: true }) as number,
      cache: db.pragma('cache_size', { simple: true }) as number,
    });
    const before = settings();
    expect(before.temp).toBe(0);
    // 2 = MEMORY: an empty case has next to no pages for its journals to keep.
    expect(withBulkWriteSettings(store, settings)).toEqual({ temp: 2, cache: -64 * 1024 });
    expect(settings()).toEqual(before);
    store.putMany('document', [documentRecord(store.meta().id, 1, 'held already')]);
    // Into a case holding records, a long import's savepoint journal grows with the case: on disk.
    expect(withBulkWriteSettings(store, settings)).toEqual({ temp: 0, cache: -64 * 1024 });
    expect(() =>
      withBulkWriteSettings(store, () => {
        throw new Error('failed import');
      }),
    ).toThrow('failed import');
    expect(settings()).toEqual(before);
    store.close();
  });

  it('turn foreign keys off only for a caller that checks references, into a case without records', () => {
    const store = CaseStore.create(join(tempDir(), 'keys.dossier'), { title: 'keys' });
    const db = store.connection();
    const keys = () => db.pragma('foreign_keys', { simple: true }) as number;
    expect(withBulkWriteSettings(store, keys)).toBe(1);
    expect(withBulkWriteSettings(store, keys, { referencesCheckedByCaller: true })).toBe(0);
    expect(keys()).toBe(1);
    expect(() =>
      withBulkWriteSettings(
        store,
        () => {
          throw new Error('failed import');
        },
        { referencesCheckedByCaller: true },
      ),
    ).toThrow('failed import');
    expect(keys()).toBe(1);
    store.putMany('document', [documentRecord(store.meta().id, 1, 'held already')]);
    // A case holding records: a deletion the import makes may owe a cascade.
    expect(withBulkWriteSettings(store, keys, { referencesCheckedByCaller: true })).toBe(1);
    store.close();
  });
});
