import type { Reliability } from '../../../preload/contract/common.js';
import type { ReadableCase } from '../store/case-store.js';

interface DocInfo {
  title: string;
  reliability: Reliability | null;
  publishedAt: string | null;
}

export interface Evidence {
  count: number;
  /** Best (lowest letter) reliability among the documents behind it. */
  reliability: Reliability | null;
  /** Earliest publication date among those documents. */
  earliest: string | null;
}

/**
 * Looks up what documents say about chart subjects: how often an entity is mentioned, how good
 * the sources are, and when the case first learned of it. Document records are read once per
 * index and only their small fields kept.
 */
export class EvidenceIndex {
  private readonly docs = new Map<string, DocInfo>();

  constructor(private readonly store: ReadableCase) {}

  doc(id: string): DocInfo {
    let d = this.docs.get(id);
    if (!d) {
      const rec = this.store.get('document', id);
      d = { title: rec?.title ?? '(missing document)', reliability: rec?.reliability ?? null, publishedAt: rec?.publishedAt ?? null };
      this.docs.set(id, d);
    }
    return d;
  }

  /** Mentions of an entity (not rejected) plus the citations made for it. */
  ofEntity(entityId: string): Evidence {
    const docIds = this.store.list('mention', { entityId }).filter((m) => m.status !== 'rejected').map((m) => m.documentId);
    const cited = this.store.list('citation', { subjectId: entityId }).map((c) => c.documentId);
    return this.summarise(docIds.length, [...docIds, ...cited]);
  }

  /** Citations of an event or a link. */
  ofCited(subjectId: string): Evidence {
    const docIds = this.store.list('citation', { subjectId }).map((c) => c.documentId);
    return this.summarise(docIds.length, docIds);
  }

  private summarise(count: number, docIds: string[]): Evidence {
    let reliability: Reliability | null = null;
    let earliest: string | null = null;
    for (const id of new Set(docIds)) {
      const d = this.doc(id);
      if (d.reliability && (!reliability || d.reliability < reliability)) reliability = d.reliability;
      if (d.publishedAt && (!earliest || d.publishedAt < earliest)) earliest = d.publishedAt;
    }
    return { count, reliability, earliest };
  }
}

export function earlierOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
