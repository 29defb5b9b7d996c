import type { ChartEdge, ChartNode } from '../../../preload/contract/chart.js';
import { timeSpan, type TimeSpan } from '../../../lib/graph/time-span.js';

/** One mark on the timeline: an event (or dated document) in one lane, stacked in a row. */
export interface TimelineMark {
  /** The event's or document's id (an event appears once per lane it belongs to). */
  id: string;
  kind: 'event' | 'document';
  label: string;
  lane: string;
  row: number;
  span: TimeSpan;
}

export interface TimelineLane {
  key: string;
  label: string;
  /** Entity type of the lane's entity, for its colour and icon; null for type lanes. */
  type: string | null;
  rows: number;
}

export interface DatedDocument {
  id: string;
  title: string;
  publishedAt: string | null;
}

export type LaneMode = 'entity' | 'type';

/**
 * Lays events out in lanes: one per participating entity (an event with three participants
 * shows in three lanes), or one per event type (`properties.type`, else "Events"). Undated
 * events are left out. Within a lane, marks that would overlap go to separate rows.
 */
export function placeTimeline(
  nodes: readonly ChartNode[],
  edges: readonly ChartEdge[],
  documents: readonly DatedDocument[],
  mode: LaneMode,
  /** Width a point occupies, in ms at the current zoom, so points close together stack too. */
  pointWidth = 0,
): { lanes: TimelineLane[]; marks: TimelineMark[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const raw: Omit<TimelineMark, 'row'>[] = [];
  const laneInfo = new Map<string, Omit<TimelineLane, 'rows'>>();
  for (const n of nodes) {
    if (n.kind !== 'event') continue;
    const span = timeSpan(n.startAt, n.endAt, n.precision);
    if (!span) continue;
    const lanes: Omit<TimelineLane, 'rows'>[] = [];
    if (mode === 'entity') {
      for (const e of edges) {
        if (e.kind !== 'participant' || e.source !== n.id) continue;
        const who = byId.get(e.target);
        if (who) lanes.push({ key: who.id, label: who.label, type: who.type });
      }
      if (!lanes.length) lanes.push({ key: '(no participants)', label: 'No participants', type: null });
    } else {
      const t = typeof n.properties.type === 'string' && n.properties.type ? n.properties.type : 'Events';
      lanes.push({ key: `type:${t}`, label: t, type: null });
    }
    for (const lane of lanes) {
      laneInfo.set(lane.key, lane);
      raw.push({ id: n.id, kind: 'event', label: n.label, lane: lane.key, span });
    }
  }
  for (const d of documents) {
    const span = timeSpan(d.publishedAt, null, 'day');
    if (!span) continue;
    laneInfo.set('documents', { key: 'documents', label: 'Documents', type: 'document' });
    raw.push({ id: d.id, kind: 'document', label: d.title, lane: 'documents', span });
  }
  const marks: TimelineMark[] = [];
  const rowsByLane = new Map<string, number>();
  for (const key of laneInfo.keys()) {
    const inLane = raw.filter((m) => m.lane === key).sort((a, b) => start(a.span) - start(b.span) || a.label.localeCompare(b.label));
    const rowEnds: number[] = [];
    for (const m of inLane) {
      const s = start(m.span);
      let row = rowEnds.findIndex((end) => end <= s);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = Math.max(end(m.span), s + pointWidth) + (m.span.kind === 'point' ? 0 : 1);
      marks.push({ ...m, row });
    }
    rowsByLane.set(key, Math.max(1, rowEnds.length));
  }
  const lanes = [...laneInfo.values()]
    .map((l) => ({ ...l, rows: rowsByLane.get(l.key) ?? 1 }))
    .sort((a, b) => (a.key === 'documents' ? 1 : 0) - (b.key === 'documents' ? 1 : 0) || a.label.localeCompare(b.label));
  return { lanes, marks };
}

const start = (s: TimeSpan) => s.start ?? -8.64e15;
const end = (s: TimeSpan) => s.end ?? 8.64e15;

/** The time range that holds every mark (open sides ignored), padded by 5 %. */
export function timelineExtent(marks: readonly TimelineMark[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of marks) {
    for (const t of [m.span.start, m.span.end]) if (t !== null) {
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  }
  if (lo === Infinity) return null;
  const pad = Math.max((hi - lo) * 0.05, 86_400_000 * 15);
  return [lo - pad, hi + pad];
}
