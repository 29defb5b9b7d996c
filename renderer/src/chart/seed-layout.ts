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
/**
 * How far a drawn label's box reaches past its text on each side: the background padding and
 * Cytoscape's own margin (measured in Chromium: boxes 6.0–6.8 px wider than the text at 12 px).
 * With only the padding counted, two labels the layout kept 4 px apart touched once drawn.
 */
const LABEL_SIDE = 3.5;
const LINE_HEIGHT = LABEL_FONT * 1.25;

/**
 * The lines a label wraps into at `max` px, and the widest of them, as Cytoscape wraps it: at
 * spaces only, so a word wider than `max` ("khorog.desk@dossier-sample.example.org") keeps its
 * whole width on a line of its own.
 */
function labelLines(label: string, max: number, textWidth: (text: string) => number): { lines: number; width: number } {
  let lines = 0;
  let width = 0;
  for (const part of label.split('\n')) {
    const w = textWidth(part);
    if (w <= max) {
      lines++;
      width = Math.max(width, w);
      continue;
    }
    let line = '';
    for (const word of part.split(/\s+/)) {
      const tried = line ? `${line} ${word}` : word;
      if (!line || textWidth(tried) <= max) {
        line = tried;
        continue;
      }
      lines++;
      width = Math.max(width, textWidth(line));
      line = word;
    }
    lines++;
    width = Math.max(width, textWidth(line));
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
    halfWidth[i] = Math.max(NODE_SIZE / 2, width / 2 + LABEL_SIDE);
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
