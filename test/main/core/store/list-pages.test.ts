import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { entityPage } from '../../../../main/core/store/list-pages.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function filledCase() {
  const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 't' });
  const docs = store.insertMany(
    'document',
    Array.from({ length: 30 }, (_, i) => ({
      title: `Report ${String(i).padStart(2, '0')}${i === 7 ? ' 100%_done' : ''}`,
      sourceUri: '',
      mimeType: i % 2 ? 'text/plain' : 'text/html',
      sha256: String(i),
      size: 100 + i,
      text: 'a long text that a page must not carry',
      language: 'en',
      publishedAt: null,
      ingestedAt: `2026-01-${String(30 - i).padStart(2, '0')}T00:00:00.000Z`,
      reliability: null,
      tlp: 'TLP:AMBER' as const,
      parentId: null,
      properties: {},
    })),
  );
  const entities = store.insertMany(
    'entity',
    Array.from({ length: 250 }, (_, i) => ({
      type: i % 2 ? 'person' : 'location',
      label: `Name ${String(i).padStart(3, '0')}`,
      properties: {},
      notes: '',
      status: (i % 10 === 9 ? 'rejected' : 'suggested') as 'suggested',
    })),
  );
  // Entity i gets i % 7 mentions, so many share a count and ties decide the order.
  store.insertMany(
    'mention',
    entities.flatMap((e, i) =>
      Array.from({ length: i % 7 }, (_, k) => ({
        documentId: docs[k % docs.length]!.id,
        entityId: e.id,
        start: k,
        end: k + 1,
        surface: 'x',
        extractor: 't',
        extractorVersion: '1',
        status: 'suggested' as const,
      })),
    ),
  );
  return store;
}

describe('paged lists', () => {
  it('page the entity table by mentions without overlap or gaps, and count what the filter leaves', () => {
    const store = filledCase();
    const seen: string[] = [];
    let total = 0;
    for (let offset = 0; offset < 300; offset += 40) {
      const page = store.entityPage({ offset, limit: 40 });
      total = page.total;
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(total).toBe(225);
    expect(new Set(seen).size).toBe(225);
    const all = store.entityPage({ offset: 0, limit: 1000 }).rows;
    expect(all.map((r) => r.id)).toEqual(seen);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.mentions > b.mentions || (a.mentions === b.mentions && a.label <= b.label)).toBe(true);
    }
    expect(all[0]).toMatchObject({ mentions: 6 });
    const persons = store.entityPage({
      offset: 0,
      limit: 5,
      sort: { by: 'label', dir: 'desc' },
      filter: { type: 'person', text: 'name 2' },
    });
    expect(persons.total).toBe(20);
    expect(persons.rows.map((r) => r.label)).toEqual(['Name 247', 'Name 245', 'Name 243', 'Name 241', 'Name 237']);
    expect(store.entityPage({ offset: 0, limit: 5, filter: { status: 'rejected' } }).total).toBe(25);
    expect(store.entityPage({ offset: 0, limit: 5, filter: { includeRejected: true } }).total).toBe(250);
    store.close();
  });

  it('page documents without their text, sorted, filtered with wildcards taken literally', () => {
    const store = filledCase();
    const first = store.documentPage({ offset: 0, limit: 3 });
    expect(first.total).toBe(30);
    expect(first.rows.map((r) => r.title)).toEqual(['Report 29', 'Report 28', 'Report 27']);
    expect(first.rows[0]).not.toHaveProperty('text');
    expect(
      store.documentPage({ offset: 0, limit: 2, sort: { by: 'size', dir: 'desc' } }).rows.map((r) => r.size),
    ).toEqual([129, 128]);
    expect(store.documentPage({ offset: 0, limit: 50, filter: { text: '100%_' } }).rows.map((r) => r.title)).toEqual([
      'Report 07 100%_done',
    ]);
    expect(store.documentPage({ offset: 0, limit: 50, filter: { text: '%' } }).total).toBe(1);
    expect(store.documentPage({ offset: 0, limit: 50, filter: { mimeType: 'text/html' } }).total).toBe(15);
    const byMentions = store.documentPage({ offset: 0, limit: 1, sort: { by: 'mentions', dir: 'desc' } }).rows[0]!;
    expect(byMentions.mentions).toBeGreaterThan(0);
    store.close();
  });

  it('still list a case without tally tables (an older case opened read-only), from the records', () => {
    const store = filledCase();
    const expected = store.entityPage({ offset: 0, limit: 1000 });
    const db = store.connection();
    db.exec('DROP TABLE entity_tallies; DROP TABLE document_tallies; DROP TABLE entity_document_tallies;');
    expect(entityPage(db, { offset: 0, limit: 1000 })).toEqual(expected);
    store.close();
  });

  it('use the indexes for the default sorts instead of sorting the whole table', () => {
    const store = filledCase();
    const plan = (sql: string) =>
      (store.connection().prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(
        "SELECT e.id FROM entity_tallies t CROSS JOIN entities e ON e.id = t.entity_id WHERE e.status != 'rejected' ORDER BY t.mentions DESC, e.label COLLATE NOCASE, e.id LIMIT 10",
      ),
    ).toMatch(/entity_tallies_mentions/);
    expect(plan('SELECT d.id FROM documents d ORDER BY d.ingested_at LIMIT 10')).toMatch(/documents_ingested/);
    store.close();
  });
});
