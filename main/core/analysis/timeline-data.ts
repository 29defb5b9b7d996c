import type { ChartEdge, ChartNode, TimelineData } from '../../../preload/contract/chart.js';
import type { ReadableCase } from '../store/case-store.js';
import { entityNode, eventNode, participantEdge } from './chart-elements.js';
import { EvidenceIndex } from './evidence.js';

/** Every event of the case (not rejected) with its participants, and the dated documents. */
export function timelineData(store: ReadableCase): TimelineData {
  const evidence = new EvidenceIndex(store);
  const nodes = new Map<string, ChartNode>();
  const edges: ChartEdge[] = [];
  for (const ev of store.iterate('event')) {
    if (ev.status === 'rejected') continue;
    const node = eventNode(ev, evidence);
    nodes.set(ev.id, node);
    for (const p of store.list('participant', { eventId: ev.id })) {
      if (!nodes.has(p.entityId)) {
        const e = store.get('entity', p.entityId);
        if (!e || e.status === 'rejected') continue;
        nodes.set(e.id, entityNode(e, evidence));
      }
      edges.push(participantEdge(p, node));
    }
  }
  const documents = [];
  for (const d of store.iterate('document'))
    if (d.publishedAt) documents.push({ id: d.id, title: d.title, publishedAt: d.publishedAt });
  return { nodes: [...nodes.values()], edges, documents };
}
