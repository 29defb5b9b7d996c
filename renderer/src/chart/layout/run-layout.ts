import { fcoseLayout } from './fcose-layout.js';
import { forceLayout } from './force-layout.js';
import { hierarchyLayout } from './hierarchy-layout.js';
import { incrementalLayout } from './incremental-layout.js';
import { circleLayout, concentricLayout, gridLayout } from './simple-layouts.js';
import type { LayoutRequest, LayoutResult } from './types.js';

const layouts = {
  force: forceLayout,
  incremental: incrementalLayout,
  hierarchy: hierarchyLayout,
  circle: circleLayout,
  concentric: concentricLayout,
  grid: gridLayout,
  fcose: fcoseLayout,
};

/** Runs one layout. Locked nodes keep their positions in every layout, not just force. */
export function runLayout(req: LayoutRequest): LayoutResult {
  const t0 = performance.now();
  const { xs, ys } = layouts[req.name](req);
  if (req.name !== 'force' && req.name !== 'incremental') {
    req.nodes.forEach((v, i) => {
      if (v.fixed && v.x !== undefined && v.y !== undefined) {
        xs[i] = v.x;
        ys[i] = v.y;
      }
    });
  }
  return { ids: req.nodes.map((v) => v.id), xs, ys, ms: performance.now() - t0 };
}
