import { fcoseLayout } from './fcose-layout.js';
import { forceLayout } from './force-layout.js';
import { hierarchyLayout } from './hierarchy-layout.js';
import { incrementalLayout } from './incremental-layout.js';
import { circleLayout, concentricLayout, gridLayout } from './simple-layouts.js';
import { discBoxes, separateBoxes, spreadToFit } from './box-overlap.js';
import { packComponents } from './pack-components.js';
import { DEFAULT_NODE_SIZE, type LayoutRequest, type LayoutResult } from './types.js';

const layouts = {
  force: forceLayout,
  incremental: incrementalLayout,
  hierarchy: hierarchyLayout,
  circle: circleLayout,
  concentric: concentricLayout,
  grid: gridLayout,
  fcose: fcoseLayout,
};

/**
 * Runs one layout. Locked nodes keep their positions in every layout, not just force. When the
 * request carries node boxes, every layout ends with no box (node and label) overlapping
 * another, and a fresh force layout packs its disconnected components, largest first.
 */
export function runLayout(req: LayoutRequest): LayoutResult {
  const t0 = performance.now();
  const { xs, ys } = layouts[req.name](req);
  const fixed = Uint8Array.from(req.nodes, (v) => (v.fixed && v.x !== undefined && v.y !== undefined ? 1 : 0));
  if (req.name !== 'force' && req.name !== 'incremental') {
    req.nodes.forEach((v, i) => {
      if (fixed[i]) {
        xs[i] = v.x!;
        ys[i] = v.y!;
      }
    });
  }
  if (req.boxes) {
    const anyFixed = fixed.some((f) => f === 1);
    // Components are packed only on a free layout: a pinned node must not travel with its component.
    const pack = req.name === 'force' && !anyFixed;
    // Shaped layouts (circle, rows) grow as a whole first, so the pass below does not bend them.
    if (!anyFixed && req.name !== 'force') spreadToFit(xs, ys, req.boxes);
    separateBoxes(xs, ys, fixed, req.boxes, 4, 400);
    if (pack)
      packComponents(xs, ys, edgeIndices(req), req.boxes, req.aspect !== undefined ? { aspect: req.aspect } : {});
  } else if (req.name !== 'force' && req.name !== 'incremental') {
    // Discs at least keep apart (force and incremental do their own pass).
    separateBoxes(xs, ys, fixed, discBoxes(xs.length, req.nodeSize ?? DEFAULT_NODE_SIZE), 2);
  }
  return { ids: req.nodes.map((v) => v.id), xs, ys, ms: performance.now() - t0 };
}

function edgeIndices(req: LayoutRequest): [number, number][] {
  const index = new Map(req.nodes.map((v, i) => [v.id, i]));
  const out: [number, number][] = [];
  for (const e of req.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) out.push([s, t]);
  }
  return out;
}
