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
});
