import { z } from 'zod';
import { DossierError } from '../../core/errors.js';
import type { WritableCase } from '../../core/store/case-store.js';
import type { EntityRecord } from '../../core/store/records.js';

const linksFile = z.object({
  links: z.array(
    z.object({
      from: z.tuple([z.string(), z.string()]),
      to: z.tuple([z.string(), z.string()]),
      type: z.string().min(1),
      confidence: z.number().min(0).max(1),
      document: z.string().min(1),
      quote: z.string().min(1),
    }),
  ),
});

/**
 * Adds the sample's hand-drawn links, each confirmed and cited to its passage. An end that
 * extraction did not find is created as a confirmed entity, as an analyst would.
 * Returns problems (a quote not found in its document) instead of hiding them.
 */
export function addAnalystLinks(
  store: WritableCase,
  json: unknown,
  documentIdOf: (file: string) => string | null,
): string[] {
  const parsed = linksFile.safeParse(json);
  if (!parsed.success)
    throw new DossierError('invalid-argument', `sample links.json is not valid: ${parsed.error.issues[0]?.message}`);
  const problems: string[] = [];
  store.transaction(() => {
    for (const l of parsed.data.links) {
      const from = entityFor(store, l.from[0], l.from[1]);
      const to = entityFor(store, l.to[0], l.to[1]);
      const link = store.insert('link', {
        sourceId: from.id,
        targetId: to.id,
        type: l.type,
        directed: true,
        confidence: l.confidence,
        credibility: null,
        firstSeen: null,
        lastSeen: null,
        status: 'confirmed',
        properties: { createdBy: 'sample case' },
      });
      const docId = documentIdOf(l.document);
      const doc = docId ? store.get('document', docId) : null;
      const at = doc ? doc.text.indexOf(l.quote) : -1;
      if (!doc || at < 0) {
        problems.push(`${l.from[0]} → ${l.to[0]}: quote not found in ${l.document}`);
        continue;
      }
      store.insert('citation', {
        subjectKind: 'link',
        subjectId: link.id,
        documentId: doc.id,
        start: at,
        end: at + l.quote.length,
        quote: l.quote,
        page: null,
      });
    }
  });
  return problems;
}

function entityFor(store: WritableCase, label: string, type: string): EntityRecord {
  const exact = store.list('entity', { type, label })[0];
  if (exact) return exact.status === 'confirmed' ? exact : store.update('entity', exact.id, { status: 'confirmed' });
  // Extraction may have found the name with the wrong type: the analyst corrects and confirms it.
  const named = store.list('entity', { label })[0];
  if (named) return store.update('entity', named.id, { type, status: 'confirmed' });
  return store.insert('entity', {
    type,
    label,
    properties: {},
    notes: 'Added by the analyst for the sample case.',
    status: 'confirmed',
  });
}
