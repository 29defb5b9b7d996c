// Node-side layout benchmark: the same layout code the chart's Web Worker runs, on seeded
// scale-free graphs. The browser figures (first draw, main-thread blocks, frame times) come
// from chart-browser.bench.ts; `npm run bench:chart` runs both.
import { report } from '../bench-util.js';
import { countOverlaps } from '../../../renderer/src/chart/layout/overlap.js';
import { runLayout } from '../../../renderer/src/chart/layout/run-layout.js';
import { normalisedStress } from './layout-stress.js';
import { scaleFreeGraph } from './scale-free.js';

const SIZE = 30;
const sizes = (process.env.CHART_BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);

let force1k = 0;
for (const n of sizes) {
  const g = scaleFreeGraph(n);
  const r = runLayout({ name: 'force', nodes: g.nodes, edges: g.edges, nodeSize: SIZE });
  if (n === 1000) force1k = r.ms;
  report(`node_force_layout_${n / 1000}k`, r.ms, 'ms');
  report(`node_force_overlaps_${n / 1000}k`, countOverlaps(r.xs, r.ys, SIZE), 'pairs');
  // Quality, so a faster layout is seen not to be a worse one (lower is better).
  report(`node_force_stress_${n / 1000}k`, normalisedStress(g.nodes, g.edges, r.xs, r.ys), 'normalised');
}

// Incremental: 50 nodes added to a laid-out 5,000-node chart.
{
  const g = scaleFreeGraph(5050);
  const base = runLayout({ name: 'force', nodes: g.nodes.slice(0, 5000), edges: g.edges, nodeSize: SIZE });
  const nodes = g.nodes.map((v, i) => (i < 5000 ? { ...v, x: base.xs[i]!, y: base.ys[i]!, fixed: true } : v));
  const r = runLayout({ name: 'incremental', nodes, edges: g.edges, nodeSize: SIZE });
  let moved = 0;
  for (let i = 0; i < 5000; i++) if (r.xs[i] !== base.xs[i] || r.ys[i] !== base.ys[i]) moved++;
  report('node_incremental_add50_to_5k', r.ms, 'ms');
  report('node_incremental_old_nodes_moved', moved, 'nodes');
  report('node_incremental_overlaps', countOverlaps(r.xs, r.ys, SIZE), 'pairs');
}

if (sizes.includes(1000) && !process.env.CHART_BENCH_SKIP_FCOSE) {
  const g = scaleFreeGraph(1000);
  const f = runLayout({ name: 'fcose', nodes: g.nodes, edges: g.edges, nodeSize: SIZE });
  report('node_fcose_layout_1k', f.ms, 'ms');
  report('node_fcose_overlaps_1k', countOverlaps(f.xs, f.ys, SIZE), 'pairs');
  report('node_layout_speedup_vs_fcose_1k', f.ms / force1k, 'x');
}
