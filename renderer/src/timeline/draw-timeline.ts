import type { TimelineBucket, TimelineWindow } from '../../../preload/contract/chart.js';
import { entityStyle } from '../entity-types.js';
import { ticks, toX, type TimeScale } from './time-axis.js';
import type { PlacedLane, PlacedMark } from './window-placement.js';

export const LABEL_W = 170;
export const ROW_H = 20;
export const AXIS_H = 22;
const LANE_GAP = 6;
export const TITLE_MAX = 180;
const EVENT = '#b0709a';
const FONT = '11px system-ui, sans-serif';

/** Where each lane sits, top to bottom (the documents lane last when shown). */
export function laneTops(
  lanes: readonly PlacedLane[],
  documents: boolean,
): { tops: Map<string, number>; docTop: number | null; height: number } {
  const tops = new Map<string, number>();
  let y = AXIS_H;
  for (const l of lanes) {
    tops.set(l.info.key, y);
    y += l.rows * ROW_H + LANE_GAP;
  }
  const docTop = documents ? y : null;
  if (documents) y += ROW_H + LANE_GAP;
  return { tops, docTop, height: Math.max(y + 4, AXIS_H + 40) };
}

/** Cuts text to a pixel width with an ellipsis. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

export interface DrawInput {
  scale: TimeScale;
  answer: TimelineWindow;
  lanes: PlacedLane[];
  marks: PlacedMark[];
  tops: Map<string, number>;
  docTop: number | null;
  height: number;
  selectedId: string | null;
  hoverId: string | null;
  window: { from: number; to: number } | null;
  brush: [number, number] | null;
  asOf: number | null;
  colors: { text: string; muted: string; line: string; band: string; accent: string };
}

/** Draws the whole strip: lane bands and names, calendar ticks, events or buckets, documents, overlays. */
export function drawTimeline(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { scale: s } = d;
  const width = LABEL_W + s.width;
  ctx.clearRect(0, 0, width, d.height);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  d.lanes.forEach((l, i) => {
    const top = d.tops.get(l.info.key)!;
    if (i % 2 === 0) {
      ctx.fillStyle = d.colors.band;
      ctx.fillRect(0, top - 2, width, l.rows * ROW_H + 4);
    }
    ctx.fillStyle = l.info.type && l.info.type !== 'document' ? entityStyle(l.info.type).color : d.colors.text;
    const suffix = l.hidden ? ` (+${l.hidden})` : '';
    ctx.fillText(
      fitText(ctx, `${l.info.label}`, LABEL_W - 12 - ctx.measureText(suffix).width) + suffix,
      6,
      top + ROW_H / 2,
    );
  });
  if (d.docTop !== null) {
    ctx.fillStyle = d.colors.muted;
    ctx.fillText('Documents', 6, d.docTop + ROW_H / 2);
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(LABEL_W, 0, s.width, d.height);
  ctx.clip();
  ctx.translate(LABEL_W, 0);
  for (const t of ticks(s)) {
    const x = Math.round(toX(s, t.t)) + 0.5;
    ctx.strokeStyle = d.colors.line;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_H - 4);
    ctx.lineTo(x, d.height);
    ctx.stroke();
    ctx.fillStyle = d.colors.muted;
    ctx.fillText(t.label, x + 3, 11);
  }
  if (d.window) {
    ctx.fillStyle = 'rgba(31, 95, 191, 0.12)';
    const x0 = toX(s, d.window.from);
    ctx.fillRect(x0, AXIS_H, Math.max(2, toX(s, d.window.to) - x0), d.height - AXIS_H);
  }
  if (d.answer.detail === 'buckets') drawBuckets(ctx, d.answer.buckets, d);
  for (const m of d.marks) drawMark(ctx, m, d);
  if (d.docTop !== null) {
    ctx.fillStyle = '#6B7280';
    for (const doc of d.answer.documents) ctx.fillRect(toX(s, doc.t) - 3, d.docTop + ROW_H / 2 - 3, 6, 6);
  }
  if (d.asOf !== null) {
    ctx.strokeStyle = '#e4572e';
    ctx.lineWidth = 2;
    const x = toX(s, d.asOf);
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, d.height);
    ctx.stroke();
    ctx.lineWidth = 1;
  }
  if (d.brush) {
    ctx.fillStyle = 'rgba(31, 95, 191, 0.2)';
    ctx.fillRect(d.brush[0], AXIS_H, d.brush[1] - d.brush[0], d.height - AXIS_H);
  }
  ctx.restore();
}

/** A day is a diamond; a month or a range is a bar; "since" fades out to the right with an arrow. */
function drawMark(ctx: CanvasRenderingContext2D, m: PlacedMark, d: DrawInput): void {
  const top = d.tops.get(m.lane)! + m.row * ROW_H;
  const mid = top + ROW_H / 2;
  const selected = d.selectedId === m.mark.id;
  const hover = d.hoverId === m.mark.id;
  ctx.fillStyle = EVENT;
  if (m.mark.kind === 'point') {
    ctx.beginPath();
    ctx.moveTo(m.x0, mid - 6);
    ctx.lineTo(m.x0 + 6, mid);
    ctx.lineTo(m.x0, mid + 6);
    ctx.lineTo(m.x0 - 6, mid);
    ctx.closePath();
    ctx.fill();
    if (selected || hover) {
      ctx.strokeStyle = d.colors.accent;
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.lineWidth = 1;
    }
  } else {
    const w = Math.max(3, m.x1 - m.x0);
    if (m.mark.openEnd || m.mark.openStart) {
      const g = ctx.createLinearGradient(m.x0, 0, m.x0 + w, 0);
      g.addColorStop(0, m.mark.openStart ? 'rgba(176,112,154,0.08)' : EVENT);
      g.addColorStop(1, m.mark.openEnd ? 'rgba(176,112,154,0.08)' : EVENT);
      ctx.fillStyle = g;
    }
    ctx.fillRect(m.x0, top + 5, w, ROW_H - 10);
    if (selected || hover) {
      ctx.strokeStyle = d.colors.accent;
      ctx.lineWidth = 2;
      ctx.strokeRect(m.x0, top + 5, w, ROW_H - 10);
      ctx.lineWidth = 1;
    }
  }
  ctx.fillStyle = selected ? d.colors.accent : d.colors.text;
  const label = m.mark.openEnd ? `${m.mark.title} →` : m.mark.title;
  // The title follows the shape (inside a long bar's start), never past the next mark in its row.
  // A bar that began before the view carries its title from the view's left edge.
  const x = m.mark.kind === 'point' ? m.x0 + 9 : Math.max(m.x0, 0) + 4;
  ctx.fillText(fitText(ctx, label, Math.min(TITLE_MAX, m.textEnd - x)), x, mid);
}

function drawBuckets(ctx: CanvasRenderingContext2D, buckets: readonly TimelineBucket[], d: DrawInput): void {
  let max = 1;
  for (const b of buckets) max = Math.max(max, b.count);
  for (const b of buckets) {
    const top = d.tops.get(b.lane);
    if (top === undefined) continue;
    const x0 = toX(d.scale, b.from);
    const w = Math.max(2, toX(d.scale, b.to) - x0 - 1);
    const h = Math.max(3, (ROW_H - 4) * Math.sqrt(b.count / max));
    ctx.fillStyle = EVENT;
    ctx.fillRect(x0, top + ROW_H - 2 - h, w, h);
  }
}
