import type { ExtractionResult } from '../extract/types.js';
import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord } from '../store/records.js';
import { linkOnce } from './link-once.js';

/**
 * Suggested links between the document's entities, each cited to the passage that states it;
 * the analyst confirms or rejects them like mentions. A relation already in the case (same
 * ends and type) gains a citation instead of a second edge.
 */
export function storeLinks(
  store: WritableCase,
  doc: DocumentRecord,
  result: ExtractionResult,
  entityOf: Map<string, string>,
): number {
  const text = doc.text;
  let n = 0;
  for (const l of result.links ?? []) {
    if (l.start < 0 || l.end > text.length || l.end <= l.start) continue;
    const sourceId = entityOf.get(`${l.sourceType}\u0000${l.sourceKey}`);
    const targetId = entityOf.get(`${l.targetType}\u0000${l.targetKey}`);
    if (!sourceId || !targetId || sourceId === targetId) continue;
    linkOnce(
      store,
      {
        sourceId,
        targetId,
        type: l.type,
        directed: l.directed,
        confidence: l.confidence,
        seen: result.documentDate?.value ?? null,
        status: 'suggested',
        properties: { origin: 'extraction', rule: l.rule, extractor: result.extractor, documentId: doc.id },
      },
      doc,
      [l.start, l.end],
    );
    n++;
  }
  return n;
}
