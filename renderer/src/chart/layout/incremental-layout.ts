import { separate } from './overlap.js';
import { DEFAULT_NODE_SIZE, type LayoutRequest } from './types.js';

/**
 * Places nodes added to a laid-out chart without moving any node that already has a place, so
 * the analyst keeps their mental map. Each new node goes to the free spot nearest the centre of
 * its placed neighbours (searched on a spiral); nodes reached only through other new nodes are
 * placed after them; unconnected ones line up to the right of the chart.
 */
export function incrementalLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const size = req.nodeSize ?? DEFAULT_NODE_SIZE;
  const gap = size * (40 / 30);
  const n = req.nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const placed = new Uint8Array(n);
  const index = new Map(req.nodes.map((v, i) => [v.id, i]));
  const neighbours: number[][] = req.nodes.map(() => []);
  for (const e of req.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const occupied = new SpatialSet(gap);
  req.nodes.forEach((v, i) => {
    if (v.x !== undefined && v.y !== undefined) {
      xs[i] = v.x;
      ys[i] = v.y;
      placed[i] = 1;
      occupied.add(v.x, v.y);
    }
  });
  const old = Uint8Array.from(placed);
  // Breadth-first from the placed nodes, so every new node with a path to the chart has a placed neighbour.
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (placed[i]) queue.push(i);
  const queued = Uint8Array.from(placed);
  for (let h = 0; h < queue.length; h++) {
    for (const w of neighbours[queue[h]!]!) {
      if (queued[w]) continue;
      queued[w] = 1;
      queue.push(w);
      const anchors = neighbours[w]!.filter((u) => placed[u]);
      const cx = anchors.reduce((s, u) => s + xs[u]!, 0) / anchors.length;
      const cy = anchors.reduce((s, u) => s + ys[u]!, 0) / anchors.length;
      const [x, y] = occupied.freeSpotNear(cx, cy, gap);
      xs[w] = x;
      ys[w] = y;
      placed[w] = 1;
      occupied.add(x, y);
    }
  }
  // Nodes with no path to the chart: a grid to its right.
  let right = -Infinity;
  let top = Infinity;
  for (let i = 0; i < n; i++)
    if (placed[i]) {
      right = Math.max(right, xs[i]!);
      top = Math.min(top, ys[i]!);
    }
  if (right === -Infinity) {
    right = -gap;
    top = 0;
  }
  const loose = [...Array(n).keys()].filter((i) => !placed[i]);
  const cols = Math.max(1, Math.ceil(Math.sqrt(loose.length)));
  loose.forEach((i, k) => {
    xs[i] = right + gap * 2 + (k % cols) * gap;
    ys[i] = top + Math.floor(k / cols) * gap;
  });
  separate(xs, ys, old, size + 2);
  return { xs, ys };
}

/** A hash of occupied points for "is there room here?" questions. */
class SpatialSet {
  private readonly cells = new Map<string, [number, number][]>();
  constructor(private readonly cell: number) {}

  add(x: number, y: number): void {
    const k = this.key(x, y);
    const list = this.cells.get(k);
    if (list) list.push([x, y]);
    else this.cells.set(k, [[x, y]]);
  }

  isFree(x: number, y: number, minDist: number): boolean {
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        for (const [px, py] of this.cells.get(`${cx + ox},${cy + oy}`) ?? [])
          if (Math.hypot(px - x, py - y) < minDist) return false;
      }
    }
    return true;
  }

  /** The first free point on a spiral around (x, y), starting one gap out. */
  freeSpotNear(x: number, y: number, gap: number): [number, number] {
    for (let k = 1; k < 5000; k++) {
      const r = gap * Math.sqrt(k);
      const a = k * 2.399963; // the golden angle spreads tries evenly
      const px = x + r * Math.cos(a);
      const py = y + r * Math.sin(a);
      if (this.isFree(px, py, gap)) return [px, py];
    }
    return [x, y];
  }

  private key(x: number, y: number): string {
    return `${Math.floor(x / this.cell)},${Math.floor(y / this.cell)}`;
  }
}
