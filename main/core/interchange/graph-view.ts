import type { CaseView } from './case-view.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'entity' | 'event';
  type: string;
  status: string;
  position: { x: number; y: number } | null;
  /** The chart's saved style for the node (colour, size, shape), as the chart stores it. */
  style: Record<string, unknown>;
  hidden: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'link' | 'participant';
  type: string;
  directed: boolean;
  confidence: number | null;
  status: string | null;
}

/**
 * A scope as nodes (entities, events) and edges (links, participation), with each node's place
 * and style on the chart: the chart exported, else the case's first chart, so a whole-case export
 * still opens as the analyst drew it. The shape GEXF and Cytoscape JSON are written from.
 */
export function graphOf(view: CaseView, placements = view.chartNodes): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const placed = new Map(placements.map((n) => [n.subjectId, n]));
  const node = (id: string, label: string, kind: GraphNode['kind'], type: string, status: string): GraphNode => {
    const p = placed.get(id);
    return {
      id,
      label,
      kind,
      type,
      status,
      position: p ? { x: p.x, y: p.y } : null,
      style: p?.style ?? {},
      hidden: p?.hidden ?? false,
    };
  };
  const nodes = [
    ...view.entities.map((e) => node(e.id, e.label, 'entity', e.type, e.status)),
    ...view.events.map((ev) => node(ev.id, ev.title, 'event', 'event', ev.status)),
  ];
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [
    ...view.links.map((l): GraphEdge => ({
      id: l.id,
      source: l.sourceId,
      target: l.targetId,
      kind: 'link',
      type: l.type,
      directed: l.directed,
      confidence: l.confidence,
      status: l.status,
    })),
    ...view.participants.map((p): GraphEdge => ({
      id: p.id,
      source: p.entityId,
      target: p.eventId,
      kind: 'participant',
      type: p.role ? `participant:${p.role}` : 'participant',
      directed: true,
      confidence: null,
      status: null,
    })),
  ].filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}
