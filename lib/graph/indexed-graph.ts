/**
 * The compact adjacency every measure and path search walks. Parallel links between the same
 * two nodes collapse into one arc (the strongest), so a pair linked twice is not counted as two
 * shortest paths; self-links are left out.
 */
export interface GraphNodeLike {
  id: string;
}

export interface GraphEdgeLike {
  id: string;
  source: string;
  target: string;
  directed?: boolean;
  type?: string;
  confidence?: number;
}

export interface GraphOptions {
  /** Walk a directed link only from its source to its target. Undirected links go both ways. */
  directed?: boolean;
  /** Use confidence as tie strength: degree sums it, a path step costs 1 / confidence. */
  weighted?: boolean;
  /** Only these link types count (all when absent). */
  linkTypes?: readonly string[];
}

export interface Arc {
  to: number;
  edge: string;
  /** Tie strength (1 when unweighted). */
  weight: number;
}

export interface IndexedGraph {
  ids: string[];
  index: Map<string, number>;
  /** Arcs that can be walked out of each node. */
  out: Arc[][];
  /** Arcs that arrive at each node (the reverse of `out`). */
  in: Arc[][];
}

// A zero-confidence link still joins its ends, it is just very weak.
const MIN_WEIGHT = 1e-3;

export function indexGraph(
  nodes: readonly GraphNodeLike[],
  edges: readonly GraphEdgeLike[],
  options: GraphOptions = {},
): IndexedGraph {
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: Map<number, Arc>[] = ids.map(() => new Map());
  const inn: Map<number, Arc>[] = ids.map(() => new Map());
  const types = options.linkTypes ? new Set(options.linkTypes) : null;
  const put = (from: number, to: number, arc: Arc) => {
    const had = out[from]!.get(to);
    if (!had || had.weight < arc.weight) {
      out[from]!.set(to, arc);
      inn[to]!.set(from, { ...arc, to: from });
    }
  };
  for (const e of edges) {
    if (types && !types.has(e.type ?? '')) continue;
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const weight = options.weighted ? Math.max(MIN_WEIGHT, e.confidence ?? 1) : 1;
    put(s, t, { to: t, edge: e.id, weight });
    if (!options.directed || !e.directed) put(t, s, { to: s, edge: e.id, weight });
  }
  return { ids, index, out: out.map((m) => [...m.values()]), in: inn.map((m) => [...m.values()]) };
}

/** The cost of walking an arc: 1 unweighted, 1 / strength weighted. */
export function arcCost(arc: Arc, weighted: boolean | undefined): number {
  return weighted ? 1 / arc.weight : 1;
}

/** Turns per-index scores into a map by node id. */
export function byId(graph: IndexedGraph, values: ArrayLike<number>): Map<string, number> {
  const m = new Map<string, number>();
  graph.ids.forEach((id, i) => m.set(id, values[i]!));
  return m;
}
