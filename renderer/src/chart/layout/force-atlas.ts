import { BarnesHutTree } from './barnes-hut.js';

/** ForceAtlas2's settings as the chart uses them (linear attraction, no size adjustment). */
export interface ForceAtlasSettings {
  iterations: number;
  /** Repulsion strength (kr). */
  scalingRatio: number;
  gravity: number;
  /** Gravity that does not weaken with distance: keeps loose components close. */
  strongGravity: boolean;
  /** Divides every step: higher is slower and steadier. */
  slowDown: number;
  /** Barnes–Hut accuracy: a region of side s at distance d counts as one body when s < θ·d. */
  theta: number;
}

/** The chart's edges as index arrays: `source[k]`–`target[k]`, of weight `weight[k]`. */
export interface IndexedEdges {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

/**
 * ForceAtlas2 (Jacomy et al., 2014) on plain arrays, moving `xs`/`ys` in place; nodes with
 * `fixed[i] = 1` stay put. The same forces and per-node step control as graphology's
 * implementation, which the chart used before: repulsion kr·(mᵢ·mⱼ)/d between every pair
 * (Barnes–Hut above 50 nodes), gravity towards the origin, attraction w·d along edges, and a
 * step shrunk where a node swings. A node's mass is 1 + its weighted degree.
 *
 * Why our own: the library rebuilt its Barnes–Hut tree in a growing plain array every
 * iteration, and that alone was about half of a 5,000-node layout. Here the tree lives in typed
 * arrays kept between iterations (barnes-hut.ts).
 */
export function forceAtlas2(
  xs: Float64Array,
  ys: Float64Array,
  fixed: Uint8Array,
  edges: IndexedEdges,
  s: ForceAtlasSettings,
): void {
  const n = xs.length;
  if (n < 2) return;
  const mass = new Float64Array(n).fill(1);
  for (let k = 0; k < edges.source.length; k++) {
    mass[edges.source[k]!]! += edges.weight[k]!;
    mass[edges.target[k]!]! += edges.weight[k]!;
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const oldDx = new Float64Array(n);
  const oldDy = new Float64Array(n);
  const convergence = new Float64Array(n).fill(1);
  const tree = n > 50 ? new BarnesHutTree(n) : null;
  for (let it = 0; it < s.iterations; it++) {
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);
    if (tree) {
      tree.build(xs, ys, mass);
      for (let i = 0; i < n; i++) tree.repel(i, xs, ys, mass, s.scalingRatio, s.theta, dx, dy);
    } else repelAllPairs(xs, ys, mass, s.scalingRatio, dx, dy);
    attract(xs, ys, mass, s, edges, dx, dy);
    step(xs, ys, fixed, mass, s.slowDown, { dx, dy, oldDx, oldDy, convergence });
  }
}

function repelAllPairs(
  xs: Float64Array,
  ys: Float64Array,
  mass: Float64Array,
  kr: number,
  dx: Float64Array,
  dy: Float64Array,
): void {
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j < i; j++) {
      const x = xs[i]! - xs[j]!;
      const y = ys[i]! - ys[j]!;
      const d2 = x * x + y * y;
      if (d2 <= 0) continue;
      const f = (kr * mass[i]! * mass[j]!) / d2;
      dx[i]! += x * f;
      dy[i]! += y * f;
      dx[j]! -= x * f;
      dy[j]! -= y * f;
    }
}

/** Gravity towards the origin, then linear attraction along every edge. */
function attract(
  xs: Float64Array,
  ys: Float64Array,
  mass: Float64Array,
  s: ForceAtlasSettings,
  edges: IndexedEdges,
  dx: Float64Array,
  dy: Float64Array,
): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    const d = Math.sqrt(x * x + y * y);
    if (d <= 0) continue;
    const f = s.strongGravity ? mass[i]! * s.gravity : (mass[i]! * s.gravity) / d;
    dx[i]! -= x * f;
    dy[i]! -= y * f;
  }
  const { source, target, weight } = edges;
  for (let k = 0; k < source.length; k++) {
    const a = source[k]!;
    const b = target[k]!;
    const w = weight[k]!;
    const x = xs[a]! - xs[b]!;
    const y = ys[a]! - ys[b]!;
    dx[a]! -= x * w;
    dy[a]! -= y * w;
    dx[b]! += x * w;
    dy[b]! += y * w;
  }
}

/**
 * Moves each free node along its force, by a step that grows with its traction (old and new
 * force agree) and shrinks with its swinging (they disagree), capped by its convergence.
 */
function step(
  xs: Float64Array,
  ys: Float64Array,
  fixed: Uint8Array,
  mass: Float64Array,
  slowDown: number,
  f: { dx: Float64Array; dy: Float64Array; oldDx: Float64Array; oldDy: Float64Array; convergence: Float64Array },
): void {
  for (let i = 0; i < xs.length; i++) {
    if (fixed[i] === 1) continue;
    const dx = f.dx[i]!;
    const dy = f.dy[i]!;
    const sx = f.oldDx[i]! - dx;
    const sy = f.oldDy[i]! - dy;
    const tx = f.oldDx[i]! + dx;
    const ty = f.oldDy[i]! + dy;
    const swinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
    const traction = Math.sqrt(tx * tx + ty * ty) / 2;
    const damp = 1 + Math.sqrt(swinging);
    const speed = (f.convergence[i]! * Math.log(1 + traction)) / damp;
    f.convergence[i] = Math.min(1, Math.sqrt((speed * (dx * dx + dy * dy)) / damp));
    xs[i]! += dx * (speed / slowDown);
    ys[i]! += dy * (speed / slowDown);
  }
}
