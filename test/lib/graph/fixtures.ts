import type { GraphEdgeLike, GraphNodeLike } from '../../../lib/graph/indexed-graph.js';

/** Small graphs whose measures can be worked out by hand. */
export function nodesOf(...ids: string[]): GraphNodeLike[] {
  return ids.map((id) => ({ id }));
}

export function edge(source: string, target: string, extra: Partial<GraphEdgeLike> = {}): GraphEdgeLike {
  return { id: `${source}-${target}`, source, target, ...extra };
}

/** a – b – c – d – e */
export const path5 = {
  nodes: nodesOf('a', 'b', 'c', 'd', 'e'),
  edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e')],
};

/** hub joined to four leaves */
export const star5 = {
  nodes: nodesOf('hub', 'l1', 'l2', 'l3', 'l4'),
  edges: ['l1', 'l2', 'l3', 'l4'].map((l) => edge('hub', l)),
};
