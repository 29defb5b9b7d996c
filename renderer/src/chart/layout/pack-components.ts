import type { NodeBoxes } from './box-overlap.js';

/**
 * Packs the connected components of a laid-out graph instead of leaving them where the force
 * layout scattered them: largest component first, then the others in rows (shelves) under and
 * beside it, each row filled left to right, so the chart is one compact block of about the
 * given aspect ratio. Positions move by whole components; nothing inside a component moves.
 */
export function packComponents(
  xs: Float64Array,
  ys: Float64Array,
  edges: readonly (readonly [number, number])[],
  boxes: NodeBoxes,
  options: { gap?: number; aspect?: number } = {},
): void {
  const n = xs.length;
  if (n < 2) return;
  const gap = options.gap ?? 48;
  const aspect = options.aspect ?? 1.6;
  const comps = components(n, edges);
  if (comps.length < 2) return;
  const rects = comps.map((members) => {
    let x1 = Infinity,
      y1 = Infinity,
      x2 = -Infinity,
      y2 = -Infinity;
    for (const i of members) {
      x1 = Math.min(x1, xs[i]! - boxes.halfWidth[i]!);
      x2 = Math.max(x2, xs[i]! + boxes.halfWidth[i]!);
      y1 = Math.min(y1, ys[i]! - boxes.up[i]!);
      y2 = Math.max(y2, ys[i]! + boxes.down[i]!);
    }
    return { members, x1, y1, w: x2 - x1, h: y2 - y1 };
  });
  // Largest first (by node count, then by area), so the heart of the chart leads.
  rects.sort((a, b) => b.members.length - a.members.length || b.w * b.h - a.w * a.h);
  const area = rects.reduce((s, r) => s + (r.w + gap) * (r.h + gap), 0);
  // Shelves are never full: aim a little wider than the ideal so the block matches the pane.
  const rowWidth = Math.max(rects[0]!.w, Math.sqrt(area * aspect) * 1.2);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const r of rects) {
    if (x > 0 && x + r.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const dx = x - r.x1;
    const dy = y - r.y1;
    for (const i of r.members) {
      xs[i] = xs[i]! + dx;
      ys[i] = ys[i]! + dy;
    }
    x += r.w + gap;
    rowHeight = Math.max(rowHeight, r.h);
  }
}

/** Connected components as lists of node indices (union–find). */
export function components(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()];
}
