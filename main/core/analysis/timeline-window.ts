import type {
  TimelineBucket,
  TimelineEventMark,
  TimelineLaneInfo,
  TimelineLaneMode,
  TimelineWindow,
} from '../../../preload/contract/chart.js';
import { eventDateText } from '../../../lib/graph/event-date.js';
import { partialDateBounds } from '../../../lib/graph/time-span.js';
import type { DatedEvent, TimelineSource } from './timeline-events.js';

const DAY = 86_400_000;
export const OTHER_LANE = 'other';
const BUCKETS = 120;

export interface WindowRequest {
  from?: number | undefined;
  to?: number | undefined;
  lanes: TimelineLaneMode;
  laneLimit: number;
  limit: number;
  focusIds?: readonly string[] | undefined;
  asOf?: string | undefined;
}

/**
 * One window of the timeline from the case's dated events, in O(E log E): lanes are the top
 * `laneLimit` entities (or event types, or citing documents) by event count, everything else in
 * "Other events"; the axis opens on the 5th–95th percentile of event dates; a window with more
 * than `limit` events comes back as per-lane counts in about 120 buckets instead of events.
 */
export function timelineWindow(src: TimelineSource, req: WindowRequest): TimelineWindow {
  let events = src.events;
  if (req.focusIds?.length) {
    const focus = new Set(req.focusIds);
    events = events.filter((e) => focus.has(e.id) || e.entities.some((id) => focus.has(id)));
  }
  if (req.asOf) {
    const asOf = req.asOf;
    events = events.filter((e) => !e.knownFrom || e.knownFrom <= asOf);
  }
  const sorted = atsOf(events).sort((a, b) => a - b);
  // A loop, not Math.max(...ends): spreading 60,000 arguments is slow and overflows the stack further on.
  let last = sorted.length ? sorted[sorted.length - 1]! : -Infinity;
  for (const e of events) last = Math.max(last, e.span.end ?? e.at);
  const extent = sorted.length ? { from: sorted[0]!, to: last } : null;
  const bulk = sorted.length ? bulkOf(sorted) : null;
  const window =
    req.from !== undefined && req.to !== undefined
      ? { from: req.from, to: req.to }
      : (bulk ?? { from: Date.UTC(2020, 0, 1), to: Date.UTC(2026, 0, 1) });

  const { lanes, laneKeys } = chooseLanes(src, events, req);
  const inWindow: DatedEvent[] = [];
  let total = 0;
  let before = 0;
  let after = 0;
  let nearestBefore: number | null = null;
  let nearestAfter: number | null = null;
  for (const e of events) {
    const end = e.span.end ?? (e.span.openEnd ? Infinity : e.at);
    if (end < window.from) {
      before += e.weight ?? 1;
      nearestBefore = Math.max(nearestBefore ?? -Infinity, e.at);
    } else if (e.at > window.to) {
      after += e.weight ?? 1;
      nearestAfter = Math.min(nearestAfter ?? Infinity, e.at);
    } else {
      inWindow.push(e);
      total += e.weight ?? 1;
    }
  }
  const detail = total <= req.limit ? 'events' : 'buckets';
  const marks: TimelineEventMark[] = [];
  const buckets: TimelineBucket[] = [];
  if (detail === 'events') {
    inWindow.sort((a, b) => a.at - b.at);
    for (const e of inWindow) marks.push(markOf(e, [...laneKeys(e)]));
  } else {
    const width = (window.to - window.from) / BUCKETS;
    // One row of counts per lane, read out lane by lane in the lanes' order, then in time: the
    // same answer whatever order the events and their participants were read in (the opening
    // window reads them unordered), and no string key per event.
    const counts = new Map<string, Uint32Array>(lanes.map((l) => [l.key, new Uint32Array(BUCKETS)]));
    for (const e of inWindow) {
      const slot = Math.min(BUCKETS - 1, Math.max(0, Math.floor((e.at - window.from) / width)));
      for (const lane of laneKeys(e)) counts.get(lane)![slot]! += e.weight ?? 1;
    }
    for (const [lane, row] of counts)
      row.forEach((count, slot) => {
        if (!count) return;
        const from = window.from + slot * width;
        buckets.push({ lane, from, to: from + width, count });
      });
  }
  const documents: TimelineWindow['documents'] = [];
  if (!req.focusIds?.length) {
    for (const [id, d] of src.documents) {
      if (!d.publishedAt || (req.asOf && d.publishedAt > req.asOf)) continue;
      const t = partialDateBounds(d.publishedAt)?.from;
      if (t !== undefined && t >= window.from && t <= window.to && documents.length < req.limit)
        documents.push({ id, title: d.title, t });
    }
  }
  return {
    extent,
    bulk,
    window,
    lanes,
    total,
    detail,
    events: marks,
    buckets,
    before: { count: before, nearest: nearestBefore },
    after: { count: after, nearest: nearestAfter },
    documents,
  };
}

/** The 5th–95th percentile of event dates, padded by 10 % of its width (at least 15 days a side). */
export function bulkOf(sorted: readonly number[]): { from: number; to: number } {
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  const lo = at(0.05);
  const hi = at(0.95);
  const pad = Math.max((hi - lo) * 0.1, 15 * DAY);
  return { from: lo - pad, to: hi + pad };
}

/** Each event's time, as many times as it stands for events. */
function atsOf(events: readonly DatedEvent[]): number[] {
  const ats: number[] = [];
  for (const e of events) for (let i = e.weight ?? 1; i > 0; i--) ats.push(e.at);
  return ats;
}

function chooseLanes(
  src: TimelineSource,
  events: readonly DatedEvent[],
  req: WindowRequest,
): { lanes: TimelineLaneInfo[]; laneKeys: (e: DatedEvent) => string[] } {
  const keysOf = (e: DatedEvent): string[] =>
    req.lanes === 'entity' ? e.entities : req.lanes === 'document' ? e.documents : [`type:${e.type}`];
  const counts = new Map<string, number>();
  for (const e of events) for (const k of keysOf(e)) counts.set(k, (counts.get(k) ?? 0) + (e.weight ?? 1));
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, req.laneLimit);
  const chosen = new Set(top.map(([k]) => k));
  const lanes: TimelineLaneInfo[] = top.map(([key, count]) => {
    if (req.lanes === 'entity') {
      const e = src.entities.get(key);
      return { key, label: e?.label ?? key, type: e?.type ?? null, count };
    }
    if (req.lanes === 'document') return { key, label: src.documents.get(key)?.title ?? key, type: 'document', count };
    return { key, label: key.slice('type:'.length), type: null, count };
  });
  let other = 0;
  const otherOnly = [OTHER_LANE];
  const laneKeys = (e: DatedEvent) => {
    const keys = keysOf(e);
    const mine = keys.length ? keys.filter((k) => chosen.has(k)) : keys;
    return mine.length ? mine : otherOnly;
  };
  for (const e of events) if (!keysOf(e).some((k) => chosen.has(k))) other += e.weight ?? 1;
  // Events with none of the top lanes' subjects: a lane a person would name, not "No participants".
  if (other) lanes.push({ key: OTHER_LANE, label: 'Other events', type: null, count: other });
  return { lanes, laneKeys };
}

function markOf(e: DatedEvent, lanes: string[]): TimelineEventMark {
  return {
    id: e.id,
    title: e.title,
    lanes,
    start: e.span.start,
    end: e.span.end,
    kind: e.span.kind,
    openStart: e.span.openStart,
    openEnd: e.span.openEnd,
    precision: e.precision,
    dateText: eventDateText(e.startAt, e.endAt, e.precision),
  };
}
