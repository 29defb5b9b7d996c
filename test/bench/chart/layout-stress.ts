import type { LayoutEdge, LayoutNode } from '../../../renderer/src/chart/layout/types.js';

/**
 * Normalised stress of a layout: how far drawn distances stray from graph distances, over the
 * pairs reached from `sources` evenly spaced nodes, after the best uniform scale
 * (Σ((k·e − d)/d)² / pairs). Lower reads better; 0 would draw every graph distance to scale.
 */
export function normalisedStress(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  sources = 40,
): number {
  const n = nodes.length;
  const index = new Map(nodes.map((v, i) => [v.id, i]));
  const adjacent: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined) continue;
    adjacent[a]!.push(b);
    adjacent[b]!.push(a);
  }
  const drawn: number[] = [];
  const graph: number[] = [];
  for (let s = 0; s < Math.min(sources, n); s++) {
    const from = Math.floor((s * n) / Math.min(sources, n));
    const hops = new Int32Array(n).fill(-1);
    hops[from] = 0;
    const queue = [from];
    for (let head = 0; head < queue.length; head++)
      for (const v of adjacent[queue[head]!]!)
        if (hops[v]! < 0) {
          hops[v] = hops[queue[head]!]! + 1;
          queue.push(v);
        }
    for (let v = 0; v < n; v++)
      if (hops[v]! > 0) {
        drawn.push(Math.hypot(xs[from]! - xs[v]!, ys[from]! - ys[v]!));
        graph.push(hops[v]!);
      }
  }
  // The scale k that minimises Σ((k·e − d)/d)²: Σ(e/d) / Σ(e²/d²).
  let num = 0;
  let den = 0;
  drawn.forEach((e, i) => {
    num += e / graph[i]!;
    den += (e * e) / (graph[i]! * graph[i]!);
  });
  const k = den > 0 ? num / den : 0;
  let stress = 0;
  drawn.forEach((e, i) => (stress += ((k * e - graph[i]!) / graph[i]!) ** 2));
  return drawn.length ? stress / drawn.length : 0;
}
