import type { DatePrecision, TimelineWindow } from '../../../preload/contract/chart.js';
import { isQuantity } from '../../../lib/graph/quantity.js';
import { partialDateBounds, timeSpan, type TimeSpan } from '../../../lib/graph/time-span.js';
import type { ReadableCase } from '../store/case-store.js';
import type { DatedEvent, TimelineSource } from './timeline-events.js';
import { bulkOf, timelineWindow, type WindowRequest } from './timeline-window.js';

// The groups with no lane entity, and every group's documents: one empty list, never written to.
const NONE: string[] = [];
const DEFAULT_WINDOW = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2026, 0, 1) };

/** The request the timeline opens with: no range, focus or "known by", lanes by entity. */
export function isOpeningRequest(req: WindowRequest): boolean {
  return req.lanes === 'entity' && req.from === undefined && req.to === undefined && !req.focusIds?.length && !req.asOf;
}

/**
 * The timeline's opening window without reading every event, or null when the case is small
 * enough that it opens on events rather than buckets (then the full source is cheap and needed
 * for the titles). The answer equals `timelineWindow` over the full source: the same function
 * runs over a source of grouped events — one per date and set of lane entities, weighted by how
 * many events it stands for (lanes chosen by counts made in SQL over all participants, less the
 * events not shown) — and the first `limit` documents dated inside the window.
 */
export function openingWindow(store: ReadableCase, req: WindowRequest): TimelineWindow | null {
  const reads = store.timelineReads();
  const spans = new Map<string, TimeSpan | null>();
  const spanOf = (start: string | null, end: string | null, precision: DatePrecision) => {
    const key = `${start}|${end}|${precision}`;
    if (!spans.has(key)) spans.set(key, timeSpan(start, end, precision));
    return spans.get(key)!;
  };
  const unshown = reads.unshownEvents();
  const dateGroups = reads.eventDateGroups();
  const all: DatedEvent[] = [];
  for (const [start, end, precision, count] of dateGroups) {
    const span = spanOf(start, end, precision);
    const at = span ? (span.start ?? span.end) : null;
    if (!span || at === null) for (const id of reads.eventIdsDated([start, end, precision])) unshown.push(id);
    else all.push(grouped(start, end, precision, span, at, NONE, count));
  }
  const window = all.length ? bulkOf(atsOf(all).sort((a, b) => a - b)) : DEFAULT_WINDOW;
  let inWindow = 0;
  for (const e of all) {
    const end = e.span.end ?? (e.span.openEnd ? Infinity : e.at);
    if (end >= window.from && e.at <= window.to) inWindow += e.weight!;
  }
  if (inWindow <= req.limit) return null;

  const names = chooseLaneEntities(store, unshown, req.laneLimit);
  // Events with lane entities, grouped; what is left on each date goes to no lane ("Other").
  const left = new Map(all.map((e) => [`${e.startAt}|${e.endAt}|${e.precision}`, e]));
  const events: DatedEvent[] = [];
  for (const [start, end, precision, lanes, count] of reads.laneEventGroups([...names.keys()])) {
    const rest = left.get(`${start}|${end}|${precision}`);
    if (!rest) continue; // a date the timeline cannot read: not shown
    rest.weight! -= count;
    events.push(grouped(start, end, precision, rest.span, rest.at, lanes.split(','), count));
  }
  for (const e of all) if (e.weight! > 0) events.push(e);

  const inside: [string, string][] = [];
  for (const [id, publishedAt] of reads.documentDates()) {
    if (inside.length >= req.limit) break;
    if (!publishedAt) continue;
    const t = partialDateBounds(publishedAt)?.from;
    if (t !== undefined && t >= window.from && t <= window.to) inside.push([id, publishedAt]);
  }
  const titles = new Map(reads.documentTitles(inside.map(([id]) => id)));
  const documents = new Map(
    inside.map(([id, publishedAt]) => [id, { title: titles.get(id) ?? '', publishedAt }] as const),
  );
  const source: TimelineSource = { events, entities: { get: (id) => names.get(id) }, documents };
  return timelineWindow(source, req);
}

function grouped(
  startAt: string | null,
  endAt: string | null,
  precision: DatePrecision,
  span: TimeSpan,
  at: number,
  entities: string[],
  weight: number,
): DatedEvent {
  return {
    id: '',
    title: '',
    startAt,
    endAt,
    precision,
    span,
    at,
    type: '',
    entities,
    documents: NONE,
    knownFrom: null,
    weight,
  };
}

/** Each group's time, as many times as it has events (the bulk is their percentiles). */
function atsOf(events: readonly DatedEvent[]): number[] {
  const ats: number[] = [];
  for (const e of events) for (let i = e.weight!; i > 0; i--) ats.push(e.at);
  return ats;
}

/**
 * The `laneLimit` entities in the most shown events (ties by id), skipping rejected entities
 * and quantities as the full source does; with their names.
 */
function chooseLaneEntities(
  store: ReadableCase,
  hidden: readonly string[],
  laneLimit: number,
): Map<string, { label: string; type: string }> {
  const reads = store.timelineReads();
  const counts = new Map(reads.entityEventCounts());
  for (const [id, n] of reads.entityEventCounts(hidden)) counts.set(id, (counts.get(id) ?? 0) - n);
  const ranked = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const chosen = new Map<string, { label: string; type: string }>();
  for (const [id] of ranked) {
    if (chosen.size >= laneLimit) break;
    const name = reads.entityName(id);
    if (name && !isQuantity(name)) chosen.set(id, name);
  }
  return chosen;
}
