import type { ChartCitation, ChartEdge, CitationChoice } from '../../../preload/contract/chart.js';
import type { Status } from '../../../preload/contract/common.js';
import { DossierError } from '../errors.js';
import type { ReadableCase, WritableCase } from '../store/case-store.js';
import { linkEdge } from './chart-elements.js';
import { EvidenceIndex } from './evidence.js';

const MAX_QUOTE = 400;

/**
 * Passages to cite for a new link between two entities: in every document that mentions both,
 * the stretch from one mention to the nearest mention of the other, widened to sentence
 * boundaries (capped at 400 characters). Closest pairs first.
 */
export function citationChoices(store: ReadableCase, sourceId: string, targetId: string): CitationChoice[] {
  store.require('entity', sourceId);
  store.require('entity', targetId);
  const mentionsOf = (entityId: string) => store.list('mention', { entityId }).filter((m) => m.status !== 'rejected');
  const a = mentionsOf(sourceId);
  const b = mentionsOf(targetId);
  const docsB = new Set(b.map((m) => m.documentId));
  const out: (CitationChoice & { gap: number })[] = [];
  for (const docId of new Set(a.map((m) => m.documentId))) {
    if (!docsB.has(docId)) continue;
    const doc = store.get('document', docId);
    if (!doc) continue;
    let best: { start: number; end: number; gap: number } | null = null;
    for (const ma of a) {
      if (ma.documentId !== docId) continue;
      for (const mb of b) {
        if (mb.documentId !== docId) continue;
        const start = Math.min(ma.start, mb.start);
        const end = Math.max(ma.end, mb.end);
        if (!best || end - start < best.gap) best = { start, end, gap: end - start };
      }
    }
    if (!best) continue;
    const { start, end } = widenToSentences(doc.text, best.start, best.end);
    out.push({
      documentId: docId,
      documentTitle: doc.title,
      start,
      end,
      quote: doc.text.slice(start, end).replace(/\s+/g, ' ').trim(),
      gap: best.gap,
      documentDate: doc.publishedAt,
      documentReliability: doc.reliability,
    });
  }
  return out
    .sort((x, y) => x.gap - y.gap || x.documentTitle.localeCompare(y.documentTitle))
    .map(({ gap: _gap, ...c }) => c);
}

function widenToSentences(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && end - s < MAX_QUOTE && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - s < MAX_QUOTE && !/[.!?\n]/.test(text[e]!)) e++;
  if (e < text.length && /[.!?]/.test(text[e]!)) e++;
  while (s < start && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

export interface NewLink {
  sourceId: string;
  targetId: string;
  type: string;
  directed: boolean;
  confidence: number;
  credibility: number | null;
  status: Status;
  citation?: { documentId: string; start: number; end: number } | undefined;
}

/** Creates a link and, if given, its citation, in one transaction. */
export function createLink(store: WritableCase, input: NewLink): ChartEdge {
  const link = store.transaction(() => {
    store.require('entity', input.sourceId);
    store.require('entity', input.targetId);
    const created = store.insert('link', {
      sourceId: input.sourceId,
      targetId: input.targetId,
      type: input.type,
      directed: input.directed,
      confidence: input.confidence,
      credibility: input.credibility,
      firstSeen: null,
      lastSeen: null,
      status: input.status,
      properties: {},
    });
    if (input.citation) {
      const { documentId, start, end } = input.citation;
      const doc = store.require('document', documentId);
      if (end > doc.text.length)
        throw new DossierError(
          'invalid-argument',
          `the citation runs past the end of "${doc.title}" (${doc.text.length} characters)`,
        );
      store.insert('citation', {
        subjectKind: 'link',
        subjectId: created.id,
        documentId,
        start,
        end,
        quote: doc.text.slice(start, end),
        page: null,
      });
    }
    return created;
  });
  return linkEdge(link, new EvidenceIndex(store));
}

/** The citations behind an entity, event or link, with their sources' grades. */
export function citationsOf(store: ReadableCase, subjectId: string): ChartCitation[] {
  const evidence = new EvidenceIndex(store);
  return store.list('citation', { subjectId }).map((c) => {
    const d = evidence.doc(c.documentId);
    return {
      documentId: c.documentId,
      documentTitle: d.title,
      start: c.start,
      end: c.end,
      quote: c.quote,
      reliability: d.reliability,
      publishedAt: d.publishedAt,
    };
  });
}
