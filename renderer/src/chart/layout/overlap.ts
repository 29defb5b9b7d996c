/**
 * Overlap checks and the symmetric separation pass. noverlap moves only one node of a pair and
 * ignores fixed nodes, so a few pairs survive it; this pass pushes both nodes of every close
 * pair apart (only the free one when the other is fixed) until none are closer than `minDist`.
 */

/** Pairs of nodes whose centres are closer than `minDist` (a spatial hash: near linear). */
export function countOverlaps(xs: ArrayLike<number>, ys: ArrayLike<number>, minDist: number): number {
  let count = 0;
  forEachClosePair(xs, ys, minDist, () => {
    count++;
  });
  return count;
}

export function separate(
  xs: Float64Array,
  ys: Float64Array,
  fixed: Uint8Array,
  minDist: number,
  maxPasses = 60,
): number {
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = 0;
    forEachClosePair(xs, ys, minDist, (i, j, dx, dy, d) => {
      if (fixed[i] && fixed[j]) return;
      let ux: number;
      let uy: number;
      if (d < 1e-6) {
        // Coincident: split along a direction derived from the indices, so runs repeat.
        const a = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
        ux = Math.cos(a);
        uy = Math.sin(a);
      } else {
        ux = dx / d;
        uy = dy / d;
      }
      // Push a little past minDist so rounding never leaves a pair just inside it.
      const push = minDist * 1.02 - d;
      const wi = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
      const wj = fixed[j] ? 0 : fixed[i] ? 1 : 0.5;
      xs[i] = xs[i]! - ux * push * wi;
      ys[i] = ys[i]! - uy * push * wi;
      xs[j] = xs[j]! + ux * push * wj;
      ys[j] = ys[j]! + uy * push * wj;
      moved++;
    });
    if (moved === 0) return pass;
  }
  return maxPasses;
}

function forEachClosePair(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  minDist: number,
  fn: (i: number, j: number, dx: number, dy: number, d: number) => void,
): void {
  const n = xs.length;
  const cell = minDist;
  const grid = new Map<number, number[]>();
  // Cell keys pack two 21-bit signed coordinates into one number.
  const key = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor(xs[i]! / cell), Math.floor(ys[i]! / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  const d2min = minDist * minDist;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(xs[i]! / cell);
    const cy = Math.floor(ys[i]! / cell);
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        const list = grid.get(key(cx + ox, cy + oy));
        if (!list) continue;
        for (const j of list) {
          if (j <= i) continue;
          const dx = xs[j]! - xs[i]!;
          const dy = ys[j]! - ys[i]!;
          const dd = dx * dx + dy * dy;
          if (dd < d2min) fn(i, j, dx, dy, Math.sqrt(dd));
        }
      }
    }
  }
}

/** Median distance from each node to its nearest other node (grid search, rings widened until found). */
export function medianNearestDistance(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const cell = Math.max(1e-9, Math.sqrt(((maxX - minX || 1) * (maxY - minY || 1)) / n));
  const grid = new Map<string, number[]>();
  const cellOf = (i: number) => [Math.floor((xs[i]! - minX) / cell), Math.floor((ys[i]! - minY) / cell)] as const;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    const k = `${cx},${cy}`;
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  // Sample at most 2,000 nodes: the median is stable and 20k full searches are wasted time.
  const step = Math.max(1, Math.floor(n / 2000));
  const nearest: number[] = [];
  for (let i = 0; i < n; i += step) {
    const [cx, cy] = cellOf(i);
    let best = Infinity;
    for (let r = 0; r < 64; r++) {
      for (let ox = -r; ox <= r; ox++) {
        for (let oy = -r; oy <= r; oy++) {
          if (Math.max(Math.abs(ox), Math.abs(oy)) !== r) continue;
          for (const j of grid.get(`${cx + ox},${cy + oy}`) ?? []) {
            if (j === i) continue;
            best = Math.min(best, Math.hypot(xs[j]! - xs[i]!, ys[j]! - ys[i]!));
          }
        }
      }
      // Anything in a farther ring is at least r·cell away.
      if (best <= r * cell) break;
    }
    if (best < Infinity) nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] ?? 0;
}
