/**
 * Overlap removal for whole node boxes: a node's body and the label under it as one rectangle,
 * so that after the pass no node covers another node, a label, or another label. Each box is
 * `x ± halfWidth` by `y − up … y + down` (labels hang below the node, so `down` > `up`).
 *
 * Every overlapping pair is pushed apart along the axis where the overlap is smaller (a label
 * row spreads sideways rather than into a tall column); a fixed node never moves.
 */
export interface NodeBoxes {
  halfWidth: ArrayLike<number>;
  up: ArrayLike<number>;
  down: ArrayLike<number>;
}

/** Pairs of boxes that intersect, with `gap` px of clearance required between boxes. */
export function countBoxOverlaps(xs: ArrayLike<number>, ys: ArrayLike<number>, boxes: NodeBoxes, gap = 0): number {
  let count = 0;
  forEachOverlap(xs, ys, boxes, gap, () => {
    count++;
  });
  return count;
}

export function separateBoxes(
  xs: Float64Array,
  ys: Float64Array,
  fixed: Uint8Array,
  boxes: NodeBoxes,
  gap = 4,
  maxPasses = 120,
): number {
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = 0;
    // Pushes grow a little with each pass: in a dense knot, pushes of exactly the overlap can
    // cycle for ever (one overlap left after 400 passes on a 300-node chart).
    const extra = 0.5 + pass / 50;
    forEachOverlap(xs, ys, boxes, gap, (i, j, ox, oy) => {
      if (fixed[i] && fixed[j]) return;
      const wi = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
      const wj = 1 - wi;
      if (ox <= Math.abs(oy)) {
        // j sits right of i when its centre is right of i's (ties split by index, so runs repeat).
        const dir = xs[j]! > xs[i]! || (xs[j] === xs[i] && j > i) ? 1 : -1;
        const push = ox + extra;
        xs[i] = xs[i]! - dir * push * wi;
        xs[j] = xs[j]! + dir * push * wj;
      } else {
        // oy is signed: positive moves j down relative to i.
        const push = oy + Math.sign(oy) * extra;
        ys[i] = ys[i]! - push * wi;
        ys[j] = ys[j]! + push * wj;
      }
      moved++;
    });
    if (moved === 0) return pass;
  }
  return maxPasses;
}

/**
 * Calls `fn(i, j, overlapX, overlapY)` for every intersecting pair (overlapX ≥ 0 separates them
 * sideways; overlapY is the smaller vertical move of j relative to i, signed, positive down), found through a uniform
 * grid whose cell is the largest box: each box is compared with those in the 3×3 cells around it,
 * in index order.
 */
function forEachOverlap(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  b: NodeBoxes,
  gap: number,
  fn: (i: number, j: number, overlapX: number, overlapY: number) => void,
): void {
  const n = xs.length;
  let cell = 1;
  for (let i = 0; i < n; i++) cell = Math.max(cell, 2 * b.halfWidth[i]! + gap, b.up[i]! + b.down[i]! + gap);
  const cellX = new Int32Array(n);
  const cellY = new Int32Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    cellX[i] = Math.floor(xs[i]! / cell);
    // Boxes are taller below the centre: bucket by the box's middle.
    cellY[i] = Math.floor((ys[i]! + (b.down[i]! - b.up[i]!) / 2) / cell);
    minX = Math.min(minX, cellX[i]!);
    maxX = Math.max(maxX, cellX[i]!);
    minY = Math.min(minY, cellY[i]!);
    maxY = Math.max(maxY, cellY[i]!);
  }
  if (n === 0) return;
  // A dense grid with a border of empty cells (no bounds checks), as linked lists in typed
  // arrays: the separation pass runs this hundreds of times, and a Map of arrays keyed by
  // doubles made each run allocate (2.3 s of a 5,000-node layout). A layout spread far wider
  // than it is dense (a few far outliers) falls back to the Map.
  const width = maxX - minX + 3;
  const height = maxY - minY + 3;
  if (width * height > 16 * n + 4096) return forEachOverlapSparse(xs, ys, b, gap, cellX, cellY, fn);
  const head = new Int32Array(width * height).fill(-1);
  const next = new Int32Array(n);
  // Filled from the last index down, so each cell lists its boxes in index order.
  for (let i = n - 1; i >= 0; i--) {
    const c = (cellY[i]! - minY + 1) * width + (cellX[i]! - minX + 1);
    next[i] = head[c]!;
    head[c] = i;
  }
  for (let i = 0; i < n; i++) {
    const cx = cellX[i]! - minX + 1;
    const cy = cellY[i]! - minY + 1;
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        for (let j = head[(cy + oy) * width + cx + ox]!; j !== -1; j = next[j]!) {
          if (j > i) overlapOf(xs, ys, b, gap, i, j, fn);
        }
      }
    }
  }
}

/** forEachOverlap's grid as a Map of the occupied cells only, for a layout mostly empty space. */
function forEachOverlapSparse(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  b: NodeBoxes,
  gap: number,
  cellX: Int32Array,
  cellY: Int32Array,
  fn: (i: number, j: number, overlapX: number, overlapY: number) => void,
): void {
  const n = xs.length;
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  for (let i = 0; i < n; i++) {
    const k = key(cellX[i]!, cellY[i]!);
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  for (let i = 0; i < n; i++) {
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        const list = grid.get(key(cellX[i]! + ox, cellY[i]! + oy));
        if (!list) continue;
        for (const j of list) if (j > i) overlapOf(xs, ys, b, gap, i, j, fn);
      }
    }
  }
}

/** Calls `fn` when boxes i and j (j > i) intersect, with how far they overlap each way. */
function overlapOf(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  b: NodeBoxes,
  gap: number,
  i: number,
  j: number,
  fn: (i: number, j: number, overlapX: number, overlapY: number) => void,
): void {
  const overlapX = b.halfWidth[i]! + b.halfWidth[j]! + gap - Math.abs(xs[j]! - xs[i]!);
  if (overlapX <= 0) return;
  // Vertical extents: [y − up, y + down] for each.
  const down = ys[i]! + b.down[i]! - (ys[j]! - b.up[j]!) + gap;
  const up = ys[j]! + b.down[j]! - (ys[i]! - b.up[i]!) + gap;
  if (down <= 0 || up <= 0) return;
  fn(i, j, overlapX, down <= up ? down : -up);
}

/** Boxes of a plain disc of diameter `size` (no label), for requests that carry no label sizes. */
export function discBoxes(n: number, size: number): NodeBoxes {
  const half = new Float64Array(n).fill(size / 2);
  return { halfWidth: half, up: half, down: half };
}

/**
 * Scales a layout up about its centre until most overlapping boxes clear each other (the 90th
 * percentile of the scale each pair needs, at most `maxScale`), so a circle stays a circle and a
 * hierarchy keeps its rows; the box pass then settles the few pairs left. Not used with fixed
 * nodes, which must not move.
 */
export function spreadToFit(xs: Float64Array, ys: Float64Array, boxes: NodeBoxes, gap = 4, maxScale = 12): number {
  const needs: number[] = [];
  forEachOverlap(xs, ys, boxes, gap, (i, j) => {
    const dx = Math.abs(xs[j]! - xs[i]!);
    const dy = ys[j]! - ys[i]!;
    const sx = dx > 1e-6 ? (boxes.halfWidth[i]! + boxes.halfWidth[j]! + gap) / dx : Infinity;
    // Vertically: j below i needs i's bottom above j's top, and the other way round.
    const sy =
      dy > 1e-6
        ? (boxes.down[i]! + boxes.up[j]! + gap) / dy
        : dy < -1e-6
          ? (boxes.down[j]! + boxes.up[i]! + gap) / -dy
          : Infinity;
    needs.push(Math.min(sx, sy));
  });
  if (!needs.length) return 1;
  needs.sort((a, b) => a - b);
  const scale = Math.min(maxScale, needs[Math.floor(needs.length * 0.9)]!);
  if (!(scale > 1)) return 1;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < xs.length; i++) {
    cx += xs[i]!;
    cy += ys[i]!;
  }
  cx /= xs.length;
  cy /= ys.length;
  for (let i = 0; i < xs.length; i++) {
    xs[i] = cx + (xs[i]! - cx) * scale;
    ys[i] = cy + (ys[i]! - cy) * scale;
  }
  return scale;
}
