import type { GraphEdgeLike } from './indexed-graph.js';

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Everything within `hops` links of the seeds (the seeds included), optionally only along some
 * link types and, when `direction` is given, only following links out of (or into) a node.
 * Used both for "highlight neighbours of the selection" (1 hop) and "expand N hops".
 */
export function neighbourhood(
  edges: readonly GraphEdgeLike[],
  seeds: Iterable<string>,
  options: { hops?: number; linkTypes?: readonly string[]; direction?: 'out' | 'in' | 'both' } = {},
): Neighbourhood {
  const hops = options.hops ?? 1;
  const types = options.linkTypes ? new Set(options.linkTypes) : null;
  const direction = options.direction ?? 'both';
  const adjacency = new Map<string, { other: string; edge: string }[]>();
  const add = (a: string, b: string, edge: string) => {
    let list = adjacency.get(a);
    if (!list) adjacency.set(a, (list = []));
    list.push({ other: b, edge });
  };
  for (const e of edges) {
    if (types && !types.has(e.type ?? '')) continue;
    const undirected = !e.directed || direction === 'both';
    if (undirected || direction === 'out') add(e.source, e.target, e.id);
    if (undirected || direction === 'in') add(e.target, e.source, e.id);
  }
  const nodes = new Set(seeds);
  const edgeSet = new Set<string>();
  let frontier = [...nodes];
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const { other, edge } of adjacency.get(v) ?? []) {
        edgeSet.add(edge);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { nodes, edges: edgeSet };
}
