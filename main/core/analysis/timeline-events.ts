import type { DatePrecision } from '../../../preload/contract/chart.js';
import { isQuantity, QUANTITY_TYPES } from '../../../lib/graph/quantity.js';
import { timeSpan, type TimeSpan } from '../../../lib/graph/time-span.js';
import type { ReadableCase } from '../store/case-store.js';

/** A dated event with what the timeline groups it by; one pass over each table builds them all. */
export interface DatedEvent {
  id: string;
  title: string;
  startAt: string | null;
  endAt: string | null;
  precision: DatePrecision | null;
  span: TimeSpan;
  /** Sort key: the start, or the end of an event known only by when it ended. */
  at: number;
  type: string;
  /** Participating entities (not rejected, never quantities). */
  entities: string[];
  /** Documents that cite it. */
  documents: string[];
  knownFrom: string | null;
  /**
   * How many events alike this one stands for (1 when absent): the opening window groups the
   * events that share a date and lanes, as it shows only their counts.
   */
  weight?: number;
}

export interface TimelineSource {
  events: DatedEvent[];
  /** Names of the entities in the events (lane labels; looked up only for the lanes shown). */
  entities: { get(id: string): { label: string; type: string } | undefined };
  documents: Map<string, { title: string; publishedAt: string | null }>;
}

/**
 * The case's dated events, read with one lean SQL query per table (events, participants,
 * entities, citations, documents: only the columns used, never a document's text) and joined
 * here: linear in the case, never a query per event. `knownFrom` (the first dated report) is
 * computed only when asked, for "known by" filtering, from the citations alone.
 */
export function timelineSource(
  store: ReadableCase,
  options: { knownFrom?: boolean; citing?: boolean } = {},
): TimelineSource {
  const reads = store.timelineReads();
  const quantities = new Set<string>();
  for (const [id, type, label] of reads.possibleQuantities([...QUANTITY_TYPES]))
    if (isQuantity({ type, label })) quantities.add(id);
  const names = new Map<string, { label: string; type: string } | undefined>();
  const entities = {
    get(id: string) {
      if (quantities.has(id)) return undefined;
      if (!names.has(id)) names.set(id, reads.entityName(id) ?? undefined);
      return names.get(id);
    },
  };
  const cites = new Map<string, string[]>();
  if (options.citing !== false)
    for (const [subjectId, documentId] of reads.citations()) push(cites, subjectId, documentId);
  const documents = new Map<string, { title: string; publishedAt: string | null }>();
  for (const [id, title, publishedAt] of reads.documents()) documents.set(id, { title, publishedAt });
  const reported = options.knownFrom ? reads.citedEarliest() : null;
  const participants = participantsByEvent(reads.participants(), reads.rejectedEntities(), quantities);
  const events: DatedEvent[] = [];
  for (const ev of reads.events()) {
    const span = timeSpan(ev.startAt, ev.endAt, ev.precision);
    if (!span) continue;
    const at = span.start ?? span.end;
    if (at === null) continue;
    events.push({
      id: ev.id,
      title: ev.title,
      startAt: ev.startAt,
      endAt: ev.endAt,
      precision: ev.precision,
      span,
      at,
      type: ev.type,
      entities: participants.get(ev.id) ?? [],
      documents: [...new Set(cites.get(ev.id) ?? [])],
      knownFrom: reported ? (reported.get(ev.id) ?? ev.startAt) : null,
    });
  }
  return { events, entities, documents };
}

/**
 * Each event's participating entities in participant id order, once each, without rejected
 * entities or quantities: one pass over the participant pairs.
 */
function participantsByEvent(
  pairs: readonly [string, string][],
  rejected: readonly string[],
  quantities: ReadonlySet<string>,
): Map<string, string[]> {
  const skip = new Set(rejected);
  for (const id of quantities) skip.add(id);
  const byEvent = new Map<string, string[]>();
  for (const [eventId, entityId] of pairs) {
    if (skip.has(entityId)) continue;
    const list = byEvent.get(eventId);
    if (!list) byEvent.set(eventId, [entityId]);
    else if (!list.includes(entityId)) list.push(entityId);
  }
  return byEvent;
}

const kept = new WeakMap<ReadableCase, { key: string; source: TimelineSource }>();

/**
 * The timeline source of a case, kept between calls while the case is unchanged: zooming and
 * panning ask for a window every few frames, and rebuilding the source took 1.7 s CPU at 20,000
 * documents each time. One source per case (the last options asked); `citing` (each event's
 * citing documents) is read only for document lanes.
 */
export function keptTimelineSource(
  store: ReadableCase,
  options: { knownFrom: boolean; citing: boolean },
): TimelineSource {
  const key = keyOf(store, options);
  const hit = kept.get(store);
  if (hit?.key === key) return hit.source;
  const source = timelineSource(store, options);
  kept.set(store, { key, source });
  return source;
}

/** Whether `keptTimelineSource` would answer without reading the case. */
export function hasKeptTimelineSource(store: ReadableCase, options: { knownFrom: boolean; citing: boolean }): boolean {
  return kept.get(store)?.key === keyOf(store, options);
}

function keyOf(store: ReadableCase, options: { knownFrom: boolean; citing: boolean }): string {
  return `${store.timelineReads().changeStamp()}|${options.knownFrom}|${options.citing}`;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
