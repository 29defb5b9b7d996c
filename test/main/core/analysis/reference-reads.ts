// The chart seeding and chart reading as they were before they moved to SQL (store/chart-reads.ts),
// kept here only as the reference the fast paths are compared with on small cases.
import type { ChartEdge, ChartNode } from '../../../../preload/contract/chart.js';
import { isQuantity } from '../../../../lib/graph/quantity.js';
import { subjectNode } from '../../../../main/core/analysis/chart-data.js';
import { linkEdge, participantEdge } from '../../../../main/core/analysis/chart-elements.js';
import { EvidenceIndex } from '../../../../main/core/analysis/evidence.js';
import type { DatedEvent, TimelineSource } from '../../../../main/core/analysis/timeline-events.js';
import type { ReadableCase } from '../../../../main/core/store/case-store.js';
import { timeSpan } from '../../../../lib/graph/time-span.js';

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
export function referenceElements(
  store: ReadableCase,
  ids: readonly string[],
): { nodes: ChartNode[]; edges: ChartEdge[] } {
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

/** The old timeline source: every entity, participant, citation, document and event record decoded in full. */
export function referenceTimelineSource(store: ReadableCase, options: { knownFrom?: boolean } = {}): TimelineSource {
  const entities = new Map<string, { label: string; type: string }>();
  for (const e of store.iterate('entity'))
    if (e.status !== 'rejected' && !isQuantity(e)) entities.set(e.id, { label: e.label, type: e.type });
  const byEvent = new Map<string, string[]>();
  for (const p of store.iterate('participant')) if (entities.has(p.entityId)) push(byEvent, p.eventId, p.entityId);
  const cites = new Map<string, string[]>();
  for (const c of store.iterate('citation')) push(cites, c.subjectId, c.documentId);
  const documents = new Map<string, { title: string; publishedAt: string | null }>();
  for (const d of store.iterate('document')) documents.set(d.id, { title: d.title, publishedAt: d.publishedAt });
  const evidence = options.knownFrom ? new EvidenceIndex(store, true) : null;
  const events: DatedEvent[] = [];
  for (const ev of store.iterate('event')) {
    if (ev.status === 'rejected') continue;
    const span = timeSpan(ev.startAt, ev.endAt, ev.datePrecision);
    if (!span) continue;
    const at = span.start ?? span.end;
    if (at === null) continue;
    const type = typeof ev.properties.type === 'string' && ev.properties.type ? ev.properties.type : 'Events';
    events.push({
      id: ev.id,
      title: ev.title,
      startAt: ev.startAt,
      endAt: ev.endAt,
      precision: ev.datePrecision,
      span,
      at,
      type,
      entities: [...new Set(byEvent.get(ev.id) ?? [])],
      documents: [...new Set(cites.get(ev.id) ?? [])],
      knownFrom: evidence ? (evidence.ofCited(ev.id).earliest ?? ev.startAt) : null,
    });
  }
  return { events, entities, documents };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
