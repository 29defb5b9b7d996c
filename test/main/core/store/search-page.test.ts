import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { BEST_HITS, CANDIDATE_CAP } from '../../../../main/core/store/search-page.js';
import { SNIPPET_OPEN, plainQuery } from '../../../../main/core/store/search.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('search a page at a time', () => {
  it('ranks at most the cap, pages the best 200 without overlap, and estimates the total past the cap', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 't' });
    const n = CANDIDATE_CAP * 2;
    store.insertMany(
      'document',
      Array.from({ length: n }, (_, i) => ({
        title: `Report ${i}`,
        sourceUri: '',
        mimeType: 'text/plain',
        sha256: String(i),
        size: 1,
        text: `The border post ${i} ${i % 3 === 0 ? 'Khorog Khorog Khorog' : 'Ishkashim'} reported the crossing.`,
        language: 'en',
        publishedAt: null,
        ingestedAt: '2026-01-01T00:00:00.000Z',
        reliability: null,
        tlp: 'TLP:AMBER' as const,
        parentId: null,
        properties: {},
      })),
    );
    const the = store.searchDocumentPage(plainQuery('the'), 0, 50);
    expect(the.estimated).toBe(true);
    expect(the.total).toBe(n);
    expect(the.available).toBe(BEST_HITS);
    expect(the.hits).toHaveLength(50);
    expect(the.hits[0]!.snippet).toContain(SNIPPET_OPEN);
    // Each snippet is its own document's (a shared one was a bug).
    for (const h of the.hits) expect(h.snippet).toContain(`post ${h.title.split(' ')[1]} `);
    const ids = new Set<string>();
    for (let offset = 0; offset < 250; offset += 50) {
      for (const h of store.searchDocumentPage(plainQuery('the'), offset, 50).hits) ids.add(h.documentId);
    }
    expect(ids.size).toBe(BEST_HITS);

    const khorog = store.searchDocumentPage(plainQuery('khorog'), 0, 10);
    expect(khorog).toMatchObject({ estimated: false, total: Math.ceil(n / 3), available: BEST_HITS });
    const rare = store.searchDocumentPage(plainQuery('report 3999'), 0, 30);
    expect(rare).toMatchObject({ estimated: false, total: 1, available: 1 });
    expect(rare.hits.map((h) => h.title)).toEqual(['Report 3999']);
    expect(store.searchDocumentPage(plainQuery('khorog'), 300, 10).hits).toEqual([]);
    store.close();
  });
});
