import type { TimelineEventMark, TimelineLaneInfo } from '../../../preload/contract/chart.js';

/** One drawn mark: an event in one lane and row, with its pixel extent (title included). */
export interface PlacedMark {
  mark: TimelineEventMark;
  lane: string;
  row: number;
  /** Where the shape starts and ends on the axis (px). */
  x0: number;
  x1: number;
  /** Where the title ends (px): marks stack when their shape or title would meet. */
  textEnd: number;
}

export interface PlacedLane {
  info: TimelineLaneInfo;
  rows: number;
  /** Marks beyond the row cap, counted (drawn as "+n"). */
  hidden: number;
}

/** Events in a lane stack to at most this many rows; the rest are counted. */
export const MAX_ROWS = 6;

/**
 * Places the window's events in their lanes: sorted once by pixel start, then each mark takes
 * the first row whose last mark (shape and title) ends before it starts — O(M log M + M·rows),
 * linear in the events for a bounded row count. Overlapping events stack instead of hiding.
 */
export function placeMarks(
  lanes: readonly TimelineLaneInfo[],
  events: readonly TimelineEventMark[],
  toX: (t: number) => number,
  width: number,
  titleWidth: (title: string) => number,
): { lanes: PlacedLane[]; marks: PlacedMark[] } {
  const perLane = new Map<string, { x0: number; x1: number; textEnd: number; mark: TimelineEventMark }[]>();
  for (const l of lanes) perLane.set(l.key, []);
  for (const m of events) {
    const x0 = m.start === null ? -10 : toX(m.start);
    const x1 = m.openEnd || m.end === null ? (m.kind === 'point' ? x0 : width + 10) : Math.max(x0, toX(m.end));
    const textEnd = Math.max(x1, x0 + 10 + titleWidth(m.title));
    for (const lane of m.lanes) perLane.get(lane)?.push({ x0, x1, textEnd, mark: m });
  }
  const placed: PlacedMark[] = [];
  const out: PlacedLane[] = [];
  for (const info of lanes) {
    const items = perLane.get(info.key) ?? [];
    items.sort((a, b) => a.x0 - b.x0);
    const rowEnds: number[] = [];
    let hidden = 0;
    for (const it of items) {
      let row = rowEnds.findIndex((end) => end + 6 <= it.x0);
      if (row === -1) {
        if (rowEnds.length >= MAX_ROWS) {
          hidden++;
          continue;
        }
        row = rowEnds.push(0) - 1;
      }
      rowEnds[row] = it.textEnd;
      placed.push({ mark: it.mark, lane: info.key, row, x0: it.x0, x1: it.x1, textEnd: it.textEnd });
    }
    out.push({ info, rows: Math.max(1, rowEnds.length), hidden });
  }
  return { lanes: out, marks: placed };
}
