import {
  byId,
  indexGraph,
  type GraphEdgeLike,
  type GraphNodeLike,
  type GraphOptions,
  type IndexedGraph,
} from './indexed-graph.js';
import { singleSource } from './single-source.js';

/**
 * The four social-network measures analysts know from i2: degree, betweenness, closeness and
 * eigenvector centrality. All take the same options: `directed` respects link direction,
 * `weighted` treats confidence as tie strength (a path step costs 1 / confidence), `linkTypes`
 * restricts which links count. Scores are normalised to 0…1 so they can drive size and colour.
 */
export type MeasureName = 'degree' | 'betweenness' | 'closeness' | 'eigenvector';

export interface MeasureOptions extends GraphOptions {
  /** For degree only, when directed: count incoming, outgoing or all links. */
  degreeMode?: 'in' | 'out' | 'all';
}

export function measure(
  name: MeasureName,
  nodes: readonly GraphNodeLike[],
  edges: readonly GraphEdgeLike[],
  options: MeasureOptions = {},
): Map<string, number> {
  const g = indexGraph(nodes, edges, options);
  switch (name) {
    case 'degree':
      return byId(g, degreeCentrality(g, options));
    case 'betweenness':
      return byId(g, betweennessCentrality(g, options.weighted, !!options.directed && edges.some((e) => e.directed)));
    case 'closeness':
      return byId(g, closenessCentrality(g, options.weighted));
    case 'eigenvector':
      return byId(g, eigenvectorCentrality(g));
  }
}

/** Number (or, weighted, summed strength) of neighbours, divided by n − 1. */
export function degreeCentrality(g: IndexedGraph, options: MeasureOptions = {}): Float64Array {
  const n = g.ids.length;
  const out = new Float64Array(n);
  const mode = options.directed ? (options.degreeMode ?? 'all') : 'out';
  for (let v = 0; v < n; v++) {
    let s = 0;
    if (mode === 'out' || mode === 'all') for (const a of g.out[v]!) s += a.weight;
    if (mode === 'in' || mode === 'all') for (const a of g.in[v]!) s += a.weight;
    // An undirected link appears in both lists; in 'all' mode count it once.
    if (mode === 'all')
      for (const a of g.out[v]!) if (g.in[v]!.some((b) => b.to === a.to && b.edge === a.edge)) s -= a.weight;
    out[v] = n > 1 ? s / (n - 1) : 0;
  }
  return out;
}

/**
 * Brandes' algorithm. Normalised by the number of pairs that could route through a node:
 * (n−1)(n−2) ordered pairs when directed, half that when not.
 */
export function betweennessCentrality(g: IndexedGraph, weighted?: boolean, directed = isDirected(g)): Float64Array {
  const n = g.ids.length;
  const cb = new Float64Array(n);
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const { order, sigma, preds } = singleSource(g, s, weighted);
    delta.fill(0);
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i]!;
      for (const v of preds[w]!) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w] = cb[w]! + delta[w]!;
    }
  }
  const pairs = (n - 1) * (n - 2);
  const scale = pairs > 0 ? (directed ? 1 / pairs : 2 / pairs) : 0;
  // Undirected: every pair was counted from both ends.
  for (let v = 0; v < n; v++) cb[v] = directed ? cb[v]! * scale : (cb[v]! / 2) * scale;
  return cb;
}

/**
 * Closeness with the Wasserman–Faust correction so nodes in small components do not score 1:
 * ((r − 1)/(n − 1)) · ((r − 1)/Σd), where r counts the nodes reachable from v (v included).
 */
export function closenessCentrality(g: IndexedGraph, weighted?: boolean): Float64Array {
  const n = g.ids.length;
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const { order, dist } = singleSource(g, v, weighted);
    let sum = 0;
    for (const w of order) sum += dist[w]!;
    const r = order.length;
    out[v] = sum > 0 && n > 1 ? ((r - 1) / (n - 1)) * ((r - 1) / sum) : 0;
  }
  return out;
}

/**
 * Power iteration on A + I (the identity keeps bipartite graphs such as stars from
 * oscillating; it does not change the eigenvector). A node scores by the scores of the nodes
 * pointing at it, weighted by tie strength. Unit Euclidean norm, like networkx.
 */
export function eigenvectorCentrality(g: IndexedGraph, maxIterations = 1000, tolerance = 1e-10): Float64Array {
  const n = g.ids.length;
  let x = new Float64Array(n).fill(n ? 1 / Math.sqrt(n) : 0);
  for (let it = 0; it < maxIterations; it++) {
    const next = Float64Array.from(x);
    for (let v = 0; v < n; v++) for (const a of g.in[v]!) next[v] = next[v]! + a.weight * x[a.to]!;
    let norm = 0;
    for (let v = 0; v < n; v++) norm += next[v]! * next[v]!;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = next[v]! / norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    x = next;
    if (change < n * tolerance) break;
  }
  return x;
}

function isDirected(g: IndexedGraph): boolean {
  // Directed when some arc has no reverse arc through the same link.
  for (let v = 0; v < g.ids.length; v++) {
    for (const a of g.out[v]!) if (!g.out[a.to]!.some((b) => b.to === v && b.edge === a.edge)) return true;
  }
  return false;
}

/** Nodes ranked by a score, best first, ties by id so the list is stable. */
export function ranked(scores: Map<string, number>, limit = Infinity): { id: string; score: number }[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
