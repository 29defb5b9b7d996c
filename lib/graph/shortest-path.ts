import { indexGraph, type GraphEdgeLike, type GraphNodeLike, type GraphOptions } from './indexed-graph.js';
import { singleSource } from './single-source.js';

export interface PathResult {
  /** Node ids from `from` to `to`. */
  nodes: string[];
  /** The link ids walked, one fewer than the nodes. */
  edges: string[];
  /** Steps, or summed 1/confidence when weighted. */
  cost: number;
}

/**
 * The shortest path between two nodes, or null when none exists under the constraints
 * (`directed`: follow links only along their direction; `linkTypes`: only these types;
 * `weighted`: prefer confident links). Among equally short paths the result is stable: the
 * predecessor with the smallest node index (earliest in `nodes`) wins.
 */
export function shortestPath(
  nodes: readonly GraphNodeLike[],
  edges: readonly GraphEdgeLike[],
  from: string,
  to: string,
  options: GraphOptions = {},
): PathResult | null {
  const g = indexGraph(nodes, edges, options);
  const s = g.index.get(from);
  const t = g.index.get(to);
  if (s === undefined || t === undefined) return null;
  if (s === t) return { nodes: [from], edges: [], cost: 0 };
  const { dist, preds } = singleSource(g, s, options.weighted);
  if (dist[t] === Infinity) return null;
  const path = [t];
  const via: string[] = [];
  let v = t;
  while (v !== s) {
    const p = Math.min(...preds[v]!);
    via.push(g.out[p]!.find((a) => a.to === v)!.edge);
    path.push(p);
    v = p;
  }
  return { nodes: path.reverse().map((i) => g.ids[i]!), edges: via.reverse(), cost: dist[t]! };
}
