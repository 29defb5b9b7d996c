import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../../main/core/ids.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { withDerivedTablesBuiltAfter } from '../../../../main/core/store/derived-tables.js';
import { documentsChangedInPlace, indexDocumentsAhead } from '../../../../main/core/store/documents-index-ahead.js';
import type { RecordsByKind } from '../../../../main/core/store/records.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function documentRecord(caseId: string, i: number, text: string): RecordsByKind['document'] {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
  return {
    ...{ id: newId(), caseId, createdAt: at, modifiedAt: at, title: `Report ${i}`, sourceUri: '' },
    ...{ mimeType: 'text/plain', sha256: 'a'.repeat(64), size: text.length, text, language: 'en' },
    ...{ publishedAt: null, ingestedAt: at, reliability: null, tlp: 'TLP:AMBER', parentId: null, properties: {} },
  };
}

function searchIntact(store: CaseStore): void {
  store.connection().exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

describe('the documents index built ahead during an import into an empty case', () => {
  it('indexes each batch as it is written; the end adds the rest and leaves the index whole', () => {
    const store = CaseStore.create(join(tempDir(), 'ahead.dossier'), { title: 'ahead' });
    const caseId = store.meta().id;
    withDerivedTablesBuiltAfter(store, () => {
      store.putMany('document', [
        documentRecord(caseId, 1, 'convoy at the river'),
        documentRecord(caseId, 2, 'bridge'),
      ]);
      indexDocumentsAhead(store);
      const indexed = store.connection().prepare('SELECT count(*) FROM documents_fts_docsize').pluck().get();
      expect(indexed).toBe(2);
      store.putMany('document', [documentRecord(caseId, 3, 'convoy again')]);
    });
    expect(
      store
        .searchDocuments('convoy')
        .map((h) => h.title)
        .sort(),
    ).toEqual(['Report 1', 'Report 3']);
    searchIntact(store);
    store.close();
  });

  it('a document changed in place after it was indexed: the index is rebuilt whole at the end', () => {
    const store = CaseStore.create(join(tempDir(), 'stale.dossier'), { title: 'stale' });
    const caseId = store.meta().id;
    const first = documentRecord(caseId, 1, 'convoy at the river');
    withDerivedTablesBuiltAfter(store, () => {
      store.putMany('document', [first, documentRecord(caseId, 2, 'bridge')]);
      indexDocumentsAhead(store);
      store.put('document', { ...first, text: 'a ferry instead' });
      documentsChangedInPlace(store);
      indexDocumentsAhead(store);
    });
    expect(store.searchDocuments('convoy')).toEqual([]);
    expect(store.searchDocuments('ferry').map((h) => h.title)).toEqual(['Report 1']);
    searchIntact(store);
    store.close();
  });

  it('outside an import into an empty case, indexing ahead does nothing (the triggers keep the index)', () => {
    const store = CaseStore.create(join(tempDir(), 'plain.dossier'), { title: 'plain' });
    store.putMany('document', [documentRecord(store.meta().id, 1, 'convoy')]);
    indexDocumentsAhead(store);
    expect(store.searchDocuments('convoy').length).toBe(1);
    searchIntact(store);
    store.close();
  });
});
