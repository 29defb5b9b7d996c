// The chart seeding and chart reading as they were before they moved to SQL (store/chart-reads.ts),
// kept here only as the reference the fast paths are compared with on small cases.
import type { ChartEdge, ChartNode } from '../../../../preload/contract/chart.js';
import { isQuantity } from '../../../../lib/graph/quantity.js';
import { subjectNode } from '../../../../main/core/analysis/chart-data.js';
import { linkEdge, participantEdge } from '../../../../main/core/analysis/chart-elements.js';
import { EvidenceIndex } from '../../../../main/core/analysis/evidence.js';
import type { ReadableCase } from '../../../../main/core/store/case-store.js';

/** The old ranking: every link, participant and mention read in JS; every event of the chosen entities. */
export function referenceSeed(store: ReadableCase, limit: number): { entities: string[]; events: Set<string> } {
  const score = new Map<string, number>();
  const bump = (id: string, by: number) => score.set(id, (score.get(id) ?? 0) + by);
  for (const l of store.iterate('link')) {
    if (l.status === 'rejected') continue;
    bump(l.sourceId, 3);
    bump(l.targetId, 3);
  }
  for (const p of store.iterate('participant')) bump(p.entityId, 2);
  for (const m of store.iterate('mention')) if (score.has(m.entityId) && m.status !== 'rejected') bump(m.entityId, 1);
  const chartable = (id: string) => {
    const e = store.get('entity', id);
    return !!e && e.status !== 'rejected' && !isQuantity(e);
  };
  const entities = [...score]
    .filter(([id]) => chartable(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
  const set = new Set(entities);
  const events = new Set<string>();
  for (const p of store.iterate('participant')) if (set.has(p.entityId)) events.add(p.eventId);
  for (const id of events) if (store.get('event', id)?.status === 'rejected') events.delete(id);
  return { entities, events };
}

/** The old per-node read of a chart's subjects: a query per node and per edge. */
export function referenceElements(store: ReadableCase, ids: readonly string[]): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const evidence = new EvidenceIndex(store);
  const nodes = new Map<string, ChartNode>();
  for (const id of ids) {
    const node = subjectNode(store, id, evidence);
    if (node) nodes.set(node.id, node);
  }
  const edges: ChartEdge[] = [];
  for (const node of nodes.values()) {
    if (node.kind === 'entity') {
      for (const l of store.list('link', { sourceId: node.id }))
        if (nodes.has(l.targetId)) edges.push(linkEdge(l, evidence));
    } else {
      for (const p of store.list('participant', { eventId: node.id }))
        if (nodes.has(p.entityId)) edges.push(participantEdge(p, node));
    }
  }
  return { nodes: [...nodes.values()], edges };
}
