import type { Reliability } from '../../../preload/contract/common.js';
import { isReliability } from '../../../lib/vocabulary/admiralty.js';
import type { ReadableCase } from '../store/case-store.js';
import type { SubjectEvidence } from '../store/chart-reads.js';

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

/** What chart elements ask of the evidence behind them. */
export interface EvidenceSource {
  ofEntity(entityId: string): Evidence;
  ofCited(subjectId: string): Evidence;
}

const NONE: Evidence = { count: 0, reliability: null, earliest: null };

/**
 * Evidence for a known set of chart subjects, aggregated in SQL beforehand (store/chart-reads.ts):
 * what a chart of any size reads, instead of every mention of the case.
 */
export class PreparedEvidence implements EvidenceSource {
  constructor(
    private readonly entities: ReadonlyMap<string, SubjectEvidence>,
    private readonly cited: ReadonlyMap<string, SubjectEvidence>,
  ) {}

  ofEntity(entityId: string): Evidence {
    return asEvidence(this.entities.get(entityId));
  }

  ofCited(subjectId: string): Evidence {
    return asEvidence(this.cited.get(subjectId));
  }
}

function asEvidence(e: SubjectEvidence | undefined): Evidence {
  if (!e) return NONE;
  return { count: e.count, reliability: isReliability(e.reliability) ? e.reliability : null, earliest: e.earliest };
}

/**
 * Looks up what documents say about chart subjects: how often an entity is mentioned, how good
 * the sources are, and when the case first learned of it. Document records are read once per
 * index and only their small fields kept.
 */
export class EvidenceIndex implements EvidenceSource {
  private readonly docs = new Map<string, DocInfo>();
  private mentionDocs: Map<string, string[]> | null = null;
  private citationDocs: Map<string, string[]> | null = null;

  /**
   * `bulk`: read every mention and citation once up front — for large charts, where one query
   * per node costs more than one pass over the tables (5,000 nodes: 2 s → see chart-data.ts).
   */
  constructor(
    private readonly store: ReadableCase,
    bulk = false,
  ) {
    if (!bulk) return;
    this.mentionDocs = new Map();
    for (const m of store.iterate('mention'))
      if (m.status !== 'rejected') push(this.mentionDocs, m.entityId, m.documentId);
    this.citationDocs = new Map();
    for (const c of store.iterate('citation')) push(this.citationDocs, c.subjectId, c.documentId);
  }

  doc(id: string): DocInfo {
    let d = this.docs.get(id);
    if (!d) {
      const rec = this.store.get('document', id);
      d = {
        title: rec?.title ?? '(missing document)',
        reliability: rec?.reliability ?? null,
        publishedAt: rec?.publishedAt ?? null,
      };
      this.docs.set(id, d);
    }
    return d;
  }

  /** Mentions of an entity (not rejected) plus the citations made for it. */
  ofEntity(entityId: string): Evidence {
    const docIds = this.mentionDocs
      ? (this.mentionDocs.get(entityId) ?? [])
      : this.store
          .list('mention', { entityId })
          .filter((m) => m.status !== 'rejected')
          .map((m) => m.documentId);
    const cited = this.citedDocs(entityId);
    return this.summarise(docIds.length, [...docIds, ...cited]);
  }

  /** Citations of an event or a link. */
  ofCited(subjectId: string): Evidence {
    const docIds = this.citedDocs(subjectId);
    return this.summarise(docIds.length, docIds);
  }

  private citedDocs(subjectId: string): string[] {
    if (this.citationDocs) return this.citationDocs.get(subjectId) ?? [];
    return this.store.list('citation', { subjectId }).map((c) => c.documentId);
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

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function earlierOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
