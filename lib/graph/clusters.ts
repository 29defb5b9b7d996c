import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { GraphEdgeLike, GraphNodeLike } from './indexed-graph.js';
import { seededRandom } from '../seeded-random.js';

/**
 * Connected components (links taken as undirected): component number per node id, numbered
 * from 0 by size, largest first, so colours stay put when a small component appears.
 */
export function connectedComponents(
  nodes: readonly GraphNodeLike[],
  edges: readonly GraphEdgeLike[],
): Map<string, number> {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    const a = find(e.source);
    const b = find(e.target);
    if (a !== b) parent.set(a, b);
  }
  return renumberBySize(new Map(nodes.map((n) => [n.id, find(n.id)])));
}

/**
 * Louvain communities (modularity), seeded so the same chart always gets the same clusters.
 * Confidence is the edge weight; direction is ignored, as modularity on links between people
 * is about who is tied to whom.
 */
export function louvainClusters(
  nodes: readonly GraphNodeLike[],
  edges: readonly GraphEdgeLike[],
  options: { resolution?: number; seed?: number } = {},
): Map<string, number> {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) g.mergeNode(n.id);
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const w = e.confidence ?? 1;
    if (g.hasEdge(e.source, e.target))
      g.updateEdgeAttribute(e.source, e.target, 'weight', (old: number | undefined) => (old ?? 0) + w);
    else g.addEdge(e.source, e.target, { weight: w });
  }
  if (g.size === 0) return new Map(nodes.map((n, i) => [n.id, i]));
  const communities = louvain(g, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  return renumberBySize(new Map(Object.entries(communities).map(([id, c]) => [id, String(c)])));
}

function renumberBySize<K>(labels: Map<string, K>): Map<string, number> {
  const sizes = new Map<K, number>();
  for (const l of labels.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const firstSeen = new Map<K, number>();
  let i = 0;
  for (const l of labels.values()) if (!firstSeen.has(l)) firstSeen.set(l, i++);
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
  const rank = new Map(order.map((l, r) => [l, r]));
  return new Map([...labels].map(([id, l]) => [id, rank.get(l)!]));
}
