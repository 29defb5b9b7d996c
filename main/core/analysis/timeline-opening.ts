import type { TimelineWindow } from '../../../preload/contract/chart.js';
import { isQuantity } from '../../../lib/graph/quantity.js';
import { partialDateBounds, timeSpan } from '../../../lib/graph/time-span.js';
import type { ReadableCase } from '../store/case-store.js';
import type { DatedEvent, TimelineSource } from './timeline-events.js';
import { bulkOf, timelineWindow, type WindowRequest } from './timeline-window.js';

const DEFAULT_WINDOW = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2026, 0, 1) };

/** The request the timeline opens with: no range, focus or "known by", lanes by entity. */
export function isOpeningRequest(req: WindowRequest): boolean {
  return req.lanes === 'entity' && req.from === undefined && req.to === undefined && !req.focusIds?.length && !req.asOf;
}

/**
 * The timeline's opening window without reading every event's participants, or null when the
 * case is small enough that it opens on events rather than buckets (then the full source is
 * cheap and needed for the titles). The answer equals `timelineWindow` over the full source:
 * the same function runs over a source holding only what this window shows — each event's date,
 * of its entities only the lanes chosen (counted in SQL over all participants, less the hidden
 * events), and the first `limit` documents dated inside the window.
 */
export function openingWindow(store: ReadableCase, req: WindowRequest): TimelineWindow | null {
  const reads = store.timelineReads();
  const events: DatedEvent[] = [];
  const byId = new Map<string, DatedEvent>();
  // Events the full source leaves out, whose participants are taken out of the entities' counts.
  const hidden: string[] = [];
  for (const [id, status, startAt, endAt, precision] of reads.eventDates()) {
    const span =
      status === 'rejected' || (startAt === null && endAt === null) ? null : timeSpan(startAt, endAt, precision);
    const at = span ? (span.start ?? span.end) : null;
    if (!span || at === null) {
      hidden.push(id);
      continue;
    }
    const e: DatedEvent = {
      id,
      title: '',
      startAt,
      endAt,
      precision,
      span,
      at,
      type: '',
      entities: [],
      documents: [],
      knownFrom: null,
    };
    events.push(e);
    byId.set(id, e);
  }
  const sorted = events.map((e) => e.at).sort((a, b) => a - b);
  const window = sorted.length ? bulkOf(sorted) : DEFAULT_WINDOW;
  let inWindow = 0;
  for (const e of events) {
    const end = e.span.end ?? (e.span.openEnd ? Infinity : e.at);
    if (end >= window.from && e.at <= window.to) inWindow++;
  }
  if (inWindow <= req.limit) return null;

  const names = chooseLaneEntities(store, hidden, req.laneLimit);
  for (const [eventId, entityId] of reads.participantsOfEntities([...names.keys()])) {
    const e = byId.get(eventId);
    if (e && !e.entities.includes(entityId)) e.entities.push(entityId);
  }
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
