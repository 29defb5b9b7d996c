import type { DatePrecision } from '../../../preload/contract/chart.js';
import { isQuantity } from '../../../lib/graph/quantity.js';
import { timeSpan, type TimeSpan } from '../../../lib/graph/time-span.js';
import type { ReadableCase } from '../store/case-store.js';
import { EvidenceIndex } from './evidence.js';

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
}

export interface TimelineSource {
  events: DatedEvent[];
  entities: Map<string, { label: string; type: string }>;
  documents: Map<string, { title: string; publishedAt: string | null }>;
}

/**
 * The case's dated events, read in one pass per table (events, participants, entities,
 * citations, documents): linear in the case, never a query per event. `knownFrom` (the first
 * dated report) is computed only when asked, for "known by" filtering.
 */
export function timelineSource(store: ReadableCase, options: { knownFrom?: boolean } = {}): TimelineSource {
  const entities = new Map<string, { label: string; type: string }>();
  for (const e of store.iterate('entity'))
    if (e.status !== 'rejected' && !isQuantity(e)) entities.set(e.id, { label: e.label, type: e.type });
  const byEvent = new Map<string, string[]>();
  for (const p of store.iterate('participant')) if (entities.has(p.entityId)) push(byEvent, p.eventId, p.entityId);
  const cites = new Map<string, string[]>();
  for (const c of store.iterate('citation')) push(cites, c.subjectId, c.documentId);
  const documents = new Map<string, { title: string; publishedAt: string | null }>();
  for (const d of store.iterate('document')) documents.set(d.id, { title: d.title, publishedAt: d.publishedAt });
  const evidence = options.knownFrom ? new EvidenceIndex(store, true) : null;
  const events: DatedEvent[] = [];
  for (const ev of store.iterate('event')) {
    if (ev.status === 'rejected') continue;
    const span = timeSpan(ev.startAt, ev.endAt, ev.datePrecision);
    if (!span) continue;
    const at = span.start ?? span.end;
    if (at === null) continue;
    const type = typeof ev.properties.type === 'string' && ev.properties.type ? ev.properties.type : 'Events';
    events.push({
      id: ev.id,
      title: ev.title,
      startAt: ev.startAt,
      endAt: ev.endAt,
      precision: ev.datePrecision,
      span,
      at,
      type,
      entities: [...new Set(byEvent.get(ev.id) ?? [])],
      documents: [...new Set(cites.get(ev.id) ?? [])],
      knownFrom: evidence ? (evidence.ofCited(ev.id).earliest ?? ev.startAt) : null,
    });
  }
  return { events, entities, documents };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
