import type { ChartData, ChartNode } from '../../../preload/contract/chart.js';
import type { LayoutRequest, LayoutResult } from './layout/types.js';

/** As cy-elements.ts and readable-fit.ts have them (kept here so this module needs no DOM). */
const NODE_SIZE = 34;
const LABEL_FONT = 12;
const MEASURED_LABELS = 1500;

/** Node labels wrap at this width (cy-style.ts `text-max-width`). */
const LABEL_MAX_WIDTH = 140;
/** Space between a node and its label, and the label's background padding (cy-style.ts). */
const LABEL_GAP = 4 + 2;
const LINE_HEIGHT = LABEL_FONT * 1.25;

/** The lines a label wraps into at `max` px, and the widest of them. */
function labelLines(label: string, max: number, textWidth: (text: string) => number): { lines: number; width: number } {
  let lines = 0;
  let width = 0;
  for (const part of label.split('\n')) {
    const w = textWidth(part);
    lines += Math.max(1, Math.ceil(w / max));
    width = Math.max(width, Math.min(w, max));
  }
  return { lines, width };
}

/**
 * The layout a chart seeded from the case needs before it is drawn at all: the nodes and edges
 * of the data, locked nodes fixed, and each node's box (body and label) estimated from its text
 * (`label.text`, as drawn) with the canvas's font metrics (`label.width`), so the chart is drawn once, laid out, instead of drawn,
 * measured through Cytoscape, laid out and drawn again.
 */
export function seedLayoutRequest(
  data: ChartData,
  aspect: number,
  label: { text(n: ChartNode): string; width(text: string): number },
): LayoutRequest {
  const placements = new Map(data.placements.map((p) => [p.subjectId, p]));
  const nodes = data.nodes
    .filter((n) => !placements.get(n.id)?.hidden)
    .map((n) => {
      const p = placements.get(n.id);
      return p?.locked
        ? { id: n.id, x: p.x, y: p.y, fixed: true, parent: p.groupId ?? null }
        : { id: n.id, parent: p?.groupId ?? null };
    });
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const measure = nodes.length <= MEASURED_LABELS;
  const halfWidth = new Float32Array(nodes.length);
  const up = new Float32Array(nodes.length);
  const down = new Float32Array(nodes.length);
  nodes.forEach((ln, i) => {
    const n = byId.get(ln.id)!;
    up[i] = NODE_SIZE / 2;
    if (!measure) {
      halfWidth[i] = down[i] = NODE_SIZE / 2;
      return;
    }
    const { lines, width } = labelLines(label.text(n), LABEL_MAX_WIDTH, label.width);
    halfWidth[i] = Math.max(NODE_SIZE / 2, width / 2 + 1);
    down[i] = NODE_SIZE / 2 + LABEL_GAP + lines * LINE_HEIGHT;
  });
  const present = new Set(nodes.map((n) => n.id));
  return {
    name: 'force',
    nodes,
    edges: data.edges
      .filter((e) => present.has(e.source) && present.has(e.target))
      .map((e) => ({ source: e.source, target: e.target, directed: e.directed, weight: 1 })),
    nodeSize: NODE_SIZE,
    boxes: { halfWidth, up, down },
    aspect,
  };
}

/** The chart's data with the layout's positions in its placements (the rest unchanged). */
export function withPositions(data: ChartData, result: LayoutResult): ChartData {
  const at = new Map(result.ids.map((id, i) => [id, i]));
  return {
    ...data,
    placements: data.placements.map((p) => {
      const i = at.get(p.subjectId);
      return i === undefined || p.locked ? p : { ...p, x: result.xs[i]!, y: result.ys[i]! };
    }),
  };
}
