import { CaseStore } from '../../../main/core/store/case-store.js';

/**
 * Adds two people to a case, each mentioned `n` times across its first 20 documents at spans
 * of their own (so a merge moves every mention): what the desk bench merges and undoes.
 */
export function addTwoBusyEntities(path: string, n: number): { a: string; b: string } {
  const store = CaseStore.open(path);
  try {
    const docs = store.list('document', {}, { limit: 20 });
    const person = (label: string) =>
      store.insert('entity', { type: 'person', label, properties: {}, notes: '', status: 'suggested' });
    const a = person('Zafar Kurbonov');
    const b = person('Zafar Qurbonov');
    for (const [e, offset] of [
      [a, 0],
      [b, 1],
    ] as const) {
      store.insertMany(
        'mention',
        Array.from({ length: n }, (_, i) => {
          const start = 2 * Math.floor(i / docs.length) + offset;
          return {
            documentId: docs[i % docs.length]!.id,
            entityId: e.id,
            start,
            end: start + 1,
            surface: e.label,
            extractor: 'bench',
            extractorVersion: '1',
            status: 'suggested' as const,
          };
        }),
      );
    }
    return { a: a.id, b: b.id };
  } finally {
    store.close();
  }
}
