// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the node tsconfig (tests, benchmarks) does not include renderer/, so the ambient types are pulled in here
/// <reference path="./cytoscape-fcose.d.ts" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DEFAULT_NODE_SIZE, type LayoutRequest } from './types.js';

let registered = false;

/**
 * fcose on a headless Cytoscape: only for small graphs and charts with groups (compound nodes),
 * where it is fast and understands nesting. Its repulsion is quadratic: ~80 s at 2,000 nodes.
 */
export function fcoseLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const size = req.nodeSize ?? DEFAULT_NODE_SIZE;
  const ids = new Set(req.nodes.map((n) => n.id));
  const parents = new Set(req.nodes.map((n) => n.parent).filter((p): p is string => !!p && !ids.has(p)));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: size, height: size } }],
    elements: [
      ...[...parents].map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...req.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, parent: n.parent ?? undefined },
        position: { x: n.x ?? 0, y: n.y ?? 0 },
      })),
      ...req.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    animate: false,
    randomize: true,
    fit: false,
    quality: 'default',
  } as cytoscape.LayoutOptions).run();
  const xs = new Float64Array(req.nodes.length);
  const ys = new Float64Array(req.nodes.length);
  req.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    xs[i] = p.x;
    ys[i] = p.y;
  });
  cy.destroy();
  return { xs, ys };
}
