import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord, LinkRecord, Status } from '../store/records.js';

export interface LinkWish {
  sourceId: string;
  targetId: string;
  type: string;
  directed: boolean;
  confidence?: number;
  /** When the link was observed (ISO); widens the link's first/last seen. */
  seen: string | null;
  status?: Status;
  properties?: Record<string, unknown>;
}

/**
 * One link per (source, target, type): a repeated observation widens its first/last seen
 * instead of drawing a second edge. Each observation adds a citation to where it was seen.
 */
export function linkOnce(store: WritableCase, wish: LinkWish, doc: DocumentRecord, span: [number, number]): LinkRecord {
  const found = store.list(
    'link',
    { sourceId: wish.sourceId, targetId: wish.targetId, type: wish.type },
    { limit: 1 },
  )[0];
  let link: LinkRecord;
  if (found) {
    const firstSeen = earliest(found.firstSeen, wish.seen);
    const lastSeen = latest(found.lastSeen, wish.seen);
    link =
      firstSeen !== found.firstSeen || lastSeen !== found.lastSeen
        ? store.update('link', found.id, { firstSeen, lastSeen })
        : found;
  } else {
    link = store.insert('link', {
      sourceId: wish.sourceId,
      targetId: wish.targetId,
      type: wish.type,
      directed: wish.directed,
      confidence: wish.confidence ?? 0.5,
      credibility: null,
      firstSeen: wish.seen,
      lastSeen: wish.seen,
      status: wish.status ?? 'suggested',
      properties: wish.properties ?? {},
    });
  }
  const [start, end] = span;
  store.insert('citation', {
    subjectKind: 'link',
    subjectId: link.id,
    documentId: doc.id,
    start,
    end,
    quote: doc.text.slice(start, end),
    page: null,
  });
  return link;
}

function earliest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
