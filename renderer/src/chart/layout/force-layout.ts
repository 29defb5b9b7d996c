import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import { forceAtlas2, type IndexedEdges } from './force-atlas.js';
import { medianNearestDistance, separate } from './overlap.js';
import { seededRandom } from '../../../../lib/seeded-random.js';
import { DEFAULT_NODE_SIZE, type LayoutRequest } from './types.js';

/**
 * Above 1,000 nodes: 100 iterations, each step damped less (`slowDown` 1 + 0.3·ln n, where
 * graphology's `inferSettings` has 1 + ln n). That reaches a normalised stress as low as the
 * library's damping in 200 iterations (seeded scale-free graphs of 2,000 to 20,000 nodes: at
 * 5,000 nodes 0.1845 against 0.1854, in half the time; `npm run bench:chart` prints it).
 * Smaller charts keep 200 damped iterations: the checks of the sample case's readable labels
 * were written against them.
 */
const BIG = 1000;
const BIG_ITERATIONS = 100;
const BIG_SLOW_DOWN = 0.3;

/**
 * The force-directed layout for any size: ForceAtlas2 with Barnes–Hut (force-atlas.ts, θ = 1.2),
 * rescaled so neighbours sit ~40 px apart for 30 px nodes, then overlap removal (noverlap with
 * a coarse grid, then the symmetric pass). Settings as measured in /work/shared/RECIPES.md, but
 * for the damping and iterations above.
 */
export function forceLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const size = req.nodeSize ?? DEFAULT_NODE_SIZE;
  const n = req.nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  if (n === 0) return { xs, ys };
  const fixed = Uint8Array.from(req.nodes, (v) => (v.fixed && v.x !== undefined && v.y !== undefined ? 1 : 0));
  const anyFixed = fixed.some((f) => f === 1);
  const random = seededRandom(req.seed ?? 7);
  const spread = Math.sqrt(n) * 10;
  req.nodes.forEach((v, i) => {
    // Fixed nodes keep their place; free ones start at random (a circle start makes rings).
    xs[i] = fixed[i] ? v.x! : (random() - 0.5) * spread;
    ys[i] = fixed[i] ? v.y! : (random() - 0.5) * spread;
  });
  const big = n > BIG;
  forceAtlas2(xs, ys, fixed, indexEdges(req), {
    iterations: req.iterations ?? (big ? BIG_ITERATIONS : 200),
    // graphology's `inferSettings`, which the chart used until stop 28.
    scalingRatio: 10,
    gravity: 0.05,
    strongGravity: true,
    slowDown: 1 + (big ? BIG_SLOW_DOWN : 1) * Math.log(n),
    theta: 1.2,
  });
  // With fixed nodes the chart's own scale is kept; otherwise rescale to the target spacing.
  if (!anyFixed) rescale(xs, ys, targetSpacing(req, size));
  removeOverlaps(xs, ys, fixed, size);
  return { xs, ys };
}

/** Each pair of distinct nodes joined at most once (the first edge's weight), as index arrays. */
function indexEdges(req: LayoutRequest): IndexedEdges {
  const index = new Map(req.nodes.map((v, i) => [v.id, i]));
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const n = req.nodes.length;
  for (const e of req.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    source.push(a);
    target.push(b);
    weight.push(e.weight ?? 1);
  }
  return { source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) };
}

/**
 * Neighbours ~40 px apart for 30 px discs; with labels, a little under the side of a typical
 * node box: the box pass that follows opens room only where labels meet, which keeps the chart
 * compact (spacing every node for the longest label wastes most of the pane).
 */
function targetSpacing(req: LayoutRequest, size: number): number {
  const disc = size * (40 / 30);
  const b = req.boxes;
  if (!b || b.halfWidth.length === 0) return disc;
  const areas = Array.from(b.halfWidth, (hw, i) => 2 * hw * (b.up[i]! + b.down[i]!)).sort((x, y) => x - y);
  return Math.max(disc, Math.sqrt(areas[Math.floor(areas.length / 2)]!) * 0.7);
}

function rescale(xs: Float64Array, ys: Float64Array, targetSpacing: number): void {
  const median = medianNearestDistance(xs, ys);
  if (!(median > 0)) return;
  const k = targetSpacing / median;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < xs.length; i++) {
    cx += xs[i]!;
    cy += ys[i]!;
  }
  cx /= xs.length;
  cy /= ys.length;
  for (let i = 0; i < xs.length; i++) {
    xs[i] = (xs[i]! - cx) * k;
    ys[i] = (ys[i]! - cy) * k;
  }
}

/** noverlap on a coarse grid (≈ 1.5·√n cells a side), then the symmetric pass to finish. */
export function removeOverlaps(xs: Float64Array, ys: Float64Array, fixed: Uint8Array, size: number): void {
  const n = xs.length;
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i), { x: xs[i], y: ys[i], size: size / 2 });
  noverlap.assign(g, {
    maxIterations: 50,
    settings: { gridSize: Math.max(4, Math.round(1.5 * Math.sqrt(n))), margin: 3, ratio: 1, expansion: 1.1, speed: 3 },
  });
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    xs[i] = g.getNodeAttribute(String(i), 'x') as number;
    ys[i] = g.getNodeAttribute(String(i), 'y') as number;
  }
  separate(xs, ys, fixed, size + 2);
}
