import type { Core, NodeSingular } from 'cytoscape';

/** Node labels are drawn at this size in model units (pixels at zoom 1). */
export const LABEL_FONT = 12;
/** The smallest label an analyst reads comfortably, in screen pixels. */
export const MIN_LABEL_PX = 11;
/** The zoom from which every node label is drawn at ≥ MIN_LABEL_PX (a hair above, for rounding). */
export const READABLE_ZOOM = MIN_LABEL_PX / LABEL_FONT + 0.005;
/** Up to this many nodes, a chart opens with every label readable; above, the most important ones. */
export const READABLE_NODES = 150;
/** Label boxes are measured for layouts up to this many nodes; larger charts lay out discs. */
export const MEASURED_LABELS = 1500;
const MAX_OPEN_ZOOM = 1.6;
const HIDDEN = ['group', 'ghost', 'user-hidden', 'filtered-out'];

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The view a chart opens on. Everything fits when it can be read at that zoom; otherwise a
 * chart of up to READABLE_NODES opens at the readable zoom centred on its largest component, and a larger one fits whole, its labels
 * chosen by level of detail (label-lod.ts).
 */
export function readableViewport(cy: Core, padding = 30): { zoom: number; pan: { x: number; y: number } } | null {
  // Hidden by class, not `:visible` (which computes every node's style before the first frame).
  const nodes = cy.nodes().filter((n) => !HIDDEN.some((c) => n.hasClass(c)));
  if (nodes.empty()) return null;
  const w = cy.width() || 800;
  const h = cy.height() || 600;
  // Labels are measured only where they decide the view: above READABLE_NODES the chart fits
  // whole with level-of-detail labels, and measuring 1,000 labels took a second of UI thread.
  const all = boxOf(nodes.toArray() as NodeSingular[], nodes.length <= READABLE_NODES);
  const zoomAll = Math.min(
    (w - 2 * padding) / Math.max(1, all.x2 - all.x1),
    (h - 2 * padding) / Math.max(1, all.y2 - all.y1),
  );
  let zoom = Math.min(MAX_OPEN_ZOOM, zoomAll);
  let focus = all;
  if (zoom < READABLE_ZOOM && nodes.length <= READABLE_NODES) {
    zoom = READABLE_ZOOM;
    const largest = nodes.components().sort((a, b) => b.length - a.length)[0]!;
    const box = boxOf(largest.nodes().toArray() as NodeSingular[], true);
    // Centred on the largest component: the heart of the case, the rest a pan away.
    focus = box;
  }
  zoom = Math.max(cy.minZoom(), zoom);
  return {
    zoom,
    pan: { x: w / 2 - zoom * ((focus.x1 + focus.x2) / 2), y: h / 2 - zoom * ((focus.y1 + focus.y2) / 2) },
  };
}

/** The union of the nodes' boxes, labels included when asked (measuring is cheap below a few thousand). */
function boxOf(nodes: NodeSingular[], withLabels: boolean): Box {
  const b: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  if (!withLabels) {
    // From positions and sizes alone: no bounding-box machinery per node.
    for (const n of nodes) {
      const p = n.position();
      const r = (Number(n.data('size')) || 34) / 2;
      b.x1 = Math.min(b.x1, p.x - r);
      b.y1 = Math.min(b.y1, p.y - r);
      b.x2 = Math.max(b.x2, p.x + r);
      b.y2 = Math.max(b.y2, p.y + r);
    }
    return b;
  }
  for (const n of nodes) {
    const r = withLabels
      ? n.boundingBox({ includeLabels: true, includeOverlays: false })
      : n.boundingBox({ includeLabels: false, includeOverlays: false });
    b.x1 = Math.min(b.x1, r.x1);
    b.y1 = Math.min(b.y1, r.y1);
    b.x2 = Math.max(b.x2, r.x2);
    b.y2 = Math.max(b.y2, r.y2);
  }
  return b;
}

/**
 * Each node's whole box (body and label) relative to its centre, as layouts take it: half the
 * width, the reach above and below. Measured from Cytoscape's own label metrics, so the layout
 * and the drawing agree; above MEASURED_LABELS nodes, plain discs.
 */
export function measureNodeBoxes(
  nodes: readonly NodeSingular[],
  fallbackSize: number,
): { halfWidth: Float32Array; up: Float32Array; down: Float32Array } {
  const n = nodes.length;
  const halfWidth = new Float32Array(n);
  const up = new Float32Array(n);
  const down = new Float32Array(n);
  const measure = n <= MEASURED_LABELS;
  nodes.forEach((node, i) => {
    const p = node.position();
    const r = measure ? node.boundingBox({ includeLabels: true, includeOverlays: false }) : null;
    if (!r || !(r.w > 0)) {
      halfWidth[i] = up[i] = down[i] = fallbackSize / 2;
      return;
    }
    halfWidth[i] = Math.max(p.x - r.x1, r.x2 - p.x);
    up[i] = p.y - r.y1;
    down[i] = r.y2 - p.y;
  });
  return { halfWidth, up, down };
}
