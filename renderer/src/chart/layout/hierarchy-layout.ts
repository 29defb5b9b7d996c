import { DEFAULT_NODE_SIZE, type LayoutRequest } from './types.js';

/**
 * A layered (tree-like) layout: roots are nodes no directed link points at (in an undirected
 * component, its best-connected node); layers are breadth-first depth; within a layer nodes are
 * ordered by the mean position of their parents (two sweeps), so edges mostly run straight down.
 * Components sit side by side, largest first.
 */
export function hierarchyLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const size = req.nodeSize ?? DEFAULT_NODE_SIZE;
  const n = req.nodes.length;
  const index = new Map(req.nodes.map((v, i) => [v.id, i]));
  const down: number[][] = req.nodes.map(() => []);
  const all: number[][] = req.nodes.map(() => []);
  const indegree = new Uint32Array(n);
  for (const e of req.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    all[s]!.push(t);
    all[t]!.push(s);
    if (e.directed) {
      down[s]!.push(t);
      indegree[t] = indegree[t]! + 1;
    }
  }
  const depth = new Int32Array(n).fill(-1);
  const parentsOf: number[][] = req.nodes.map(() => []);
  const components = componentsOf(all);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const hGap = size * 1.8;
  const vGap = size * 3;
  let offset = 0;
  for (const comp of components) {
    let roots = comp.filter((i) => indegree[i] === 0 && down[i]!.length > 0);
    if (!roots.length) roots = [comp.reduce((best, i) => (all[i]!.length > all[best]!.length ? i : best), comp[0]!)];
    const queue = [...roots];
    for (const r of roots) depth[r] = 0;
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      // Follow directed links downwards first, then any link, so every node gets a layer.
      for (const w of [...down[v]!, ...all[v]!]) {
        if (depth[w] !== -1) continue;
        depth[w] = depth[v]! + 1;
        parentsOf[w]!.push(v);
        queue.push(w);
      }
    }
    const layers: number[][] = [];
    for (const v of queue) (layers[depth[v]!] ??= []).push(v);
    const pos = new Float64Array(n);
    for (let sweep = 0; sweep < 2; sweep++) {
      for (const layer of layers) {
        if (sweep > 0 || layer !== layers[0]) {
          const bary = (v: number) =>
            parentsOf[v]!.length ? parentsOf[v]!.reduce((s, p) => s + pos[p]!, 0) / parentsOf[v]!.length : pos[v]!;
          layer.sort((a, b) => bary(a) - bary(b) || a - b);
        }
        layer.forEach((v, i) => (pos[v] = i - (layer.length - 1) / 2));
      }
    }
    const width = Math.max(...layers.map((l) => l.length));
    for (const layer of layers)
      for (const v of layer) {
        xs[v] = offset + (pos[v]! + (width - 1) / 2) * hGap;
        ys[v] = depth[v]! * vGap;
      }
    offset += width * hGap + hGap;
  }
  return { xs, ys };
}

function componentsOf(adjacency: number[][]): number[][] {
  const seen = new Uint8Array(adjacency.length);
  const out: number[][] = [];
  for (let s = 0; s < adjacency.length; s++) {
    if (seen[s]) continue;
    const comp = [s];
    seen[s] = 1;
    for (let h = 0; h < comp.length; h++)
      for (const w of adjacency[comp[h]!]!)
        if (!seen[w]) {
          seen[w] = 1;
          comp.push(w);
        }
    out.push(comp);
  }
  return out.sort((a, b) => b.length - a.length);
}
