import type { Status } from '../../lib/vocabulary/index.js';
import type { ReadableCase } from '../core/store/case-store.js';

/** An entity as the forms and the inspector name it; a dangling id reads "(missing)". */
export function entityRef(store: ReadableCase, id: string): { id: string; label: string; type: string } {
  const e = store.get('entity', id);
  return { id, label: e?.label ?? '(missing)', type: e?.type ?? 'unknown' };
}

/** The passages cited for a link or an event, as their forms list them (to keep or remove). */
export function editableCitations(
  store: ReadableCase,
  subjectId: string,
): { id: string; documentId: string; documentTitle: string; start: number; end: number; quote: string }[] {
  return store.list('citation', { subjectId }).map((c) => ({
    id: c.id,
    documentId: c.documentId,
    documentTitle: store.get('document', c.documentId)?.title ?? '(missing document)',
    start: c.start,
    end: c.end,
    quote: c.quote,
  }));
}

/** A vocabulary offered in a form: the standard list first, then the other values this case uses, sorted. */
export function withCaseValues(standard: readonly string[], used: Iterable<string>): string[] {
  const known = new Set(standard);
  return [...standard, ...[...new Set(used)].filter((t) => !known.has(t)).sort()];
}

/** "Confirmed the link" / "Rejected 3 events": the toast after a review. */
export function reviewSummary(status: Status, ids: readonly string[], one: string, many: string): string {
  const verb = status === 'confirmed' ? 'Confirmed' : status === 'rejected' ? 'Rejected' : 'Reset';
  return `${verb} ${ids.length === 1 ? `the ${one}` : `${ids.length} ${many}`}`;
}
