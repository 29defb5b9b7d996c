import type { ChartData, ChartEdge, ChartNode } from '../../../preload/contract/chart.js';
import { eventDateText } from '../../../lib/graph/event-date.js';
import { isQuantity } from '../../../lib/graph/quantity.js';

/** Above this many nodes a chart folds its events into links unless the analyst says otherwise. */
export const COLLAPSE_EVENTS_ABOVE = 60;

/** The prefix of a folded event's edge id: `event-link:<eventId>:<a>:<b>`. */
export const EVENT_LINK = 'event-link:';

/** The event a folded edge stands for, or null for any other edge id. */
export function eventOfLink(edgeId: string): string | null {
  return edgeId.startsWith(EVENT_LINK) ? edgeId.slice(EVENT_LINK.length).split(':')[0]! : null;
}

/**
 * Quantities never reach the chart (they belong to the events they count): the nodes and the
 * edges that touch them are dropped. Cases built before the extractor stopped making them
 * still hold some.
 */
export function withoutQuantities(data: ChartData): ChartData {
  const dropped = new Set(data.nodes.filter((n) => n.kind === 'entity' && isQuantity(n)).map((n) => n.id));
  if (!dropped.size) return data;
  return {
    ...data,
    nodes: data.nodes.filter((n) => !dropped.has(n.id)),
    edges: data.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)),
    placements: data.placements.filter((p) => !dropped.has(p.subjectId)),
  };
}

/**
 * Folds each event into the links it explains: the event node goes, and every pair of its
 * participants on the chart is joined by an edge labelled with what happened and when
 * ("Drone strike on the bridge · 30 Nov 2025"). An event with one participant on the chart
 * folds into nothing (its entity stays); the timeline still shows it.
 */
export function collapseEvents(data: ChartData): ChartData {
  const events = new Map(data.nodes.filter((n) => n.kind === 'event').map((n) => [n.id, n]));
  if (!events.size) return data;
  const participants = new Map<string, string[]>();
  for (const e of data.edges) {
    if (e.kind !== 'participant' || !events.has(e.source)) continue;
    const list = participants.get(e.source) ?? [];
    if (!list.includes(e.target)) list.push(e.target);
    participants.set(e.source, list);
  }
  const folded: ChartEdge[] = [];
  for (const [id, ends] of participants) {
    const ev = events.get(id)!;
    // Pairs of the first eight participants: a mass event does not draw a hairball.
    const few = ends.slice(0, 8);
    for (let i = 0; i < few.length; i++)
      for (let j = i + 1; j < few.length; j++) folded.push(eventLink(ev, few[i]!, few[j]!));
  }
  return {
    ...data,
    nodes: data.nodes.filter((n) => n.kind !== 'event'),
    edges: [...data.edges.filter((e) => e.kind !== 'participant' || !events.has(e.source)), ...folded],
  };
}

function eventLink(ev: ChartNode, a: string, b: string): ChartEdge {
  const date = eventDateText(ev.startAt, ev.endAt, ev.precision);
  return {
    id: `${EVENT_LINK}${ev.id}:${a}:${b}`,
    kind: 'link',
    source: a,
    target: b,
    type: date ? `${ev.label} · ${date}` : ev.label,
    directed: false,
    confidence: 0.5,
    credibility: null,
    reliability: ev.reliability,
    status: ev.status,
    firstSeen: ev.startAt,
    lastSeen: ev.endAt,
    knownFrom: ev.knownFrom,
    citations: ev.mentions,
  };
}
