import type { ChartEdge, ChartNode } from '../../../preload/contract/chart.js';
import type { ReadableCase } from '../store/case-store.js';
import { eventNode, linkEdge, participantEdge } from './chart-elements.js';
import { subjectNode } from './chart-data.js';
import { EvidenceIndex } from './evidence.js';

/**
 * The case's entities and events within `hops` steps of the seeds: across links (optionally
 * only of some types) and between events and their participants (a step of type
 * 'participant'). Rejected links and rejected subjects are not followed. Seeds are included.
 */
export function expandNeighbours(
  store: ReadableCase,
  seeds: readonly string[],
  hops: number,
  linkTypes?: readonly string[],
): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const evidence = new EvidenceIndex(store);
  const types = linkTypes?.length ? new Set(linkTypes) : null;
  const followParticipants = !types || types.has('participant');
  const nodes = new Map<string, ChartNode>();
  const edges = new Map<string, ChartEdge>();
  let frontier: ChartNode[] = [];
  for (const id of seeds) {
    const n = subjectNode(store, id, evidence);
    if (n && !nodes.has(id)) {
      nodes.set(id, n);
      frontier.push(n);
    }
  }
  const reach = (id: string, next: ChartNode[]): ChartNode | null => {
    const known = nodes.get(id);
    if (known) return known;
    const n = subjectNode(store, id, evidence);
    if (!n || n.status === 'rejected') return null;
    nodes.set(id, n);
    next.push(n);
    return n;
  };
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: ChartNode[] = [];
    for (const node of frontier) {
      if (node.kind === 'entity') {
        for (const field of ['sourceId', 'targetId'] as const) {
          for (const l of store.list('link', { [field]: node.id })) {
            if (l.status === 'rejected' || (types && !types.has(l.type)) || edges.has(l.id)) continue;
            if (reach(field === 'sourceId' ? l.targetId : l.sourceId, next)) edges.set(l.id, linkEdge(l, evidence));
          }
        }
        if (followParticipants) {
          for (const p of store.list('participant', { entityId: node.id })) {
            const ev = store.get('event', p.eventId);
            if (!ev || ev.status === 'rejected' || edges.has(p.id)) continue;
            const evNode = nodes.get(ev.id) ?? eventNode(ev, evidence);
            if (!nodes.has(ev.id)) {
              nodes.set(ev.id, evNode);
              next.push(evNode);
            }
            edges.set(p.id, participantEdge(p, evNode));
          }
        }
      } else if (followParticipants) {
        for (const p of store.list('participant', { eventId: node.id })) {
          if (edges.has(p.id)) continue;
          if (reach(p.entityId, next)) edges.set(p.id, participantEdge(p, node));
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
