import type { ChartEdge, ChartNode } from '../../../preload/contract/chart.js';
import type { EntityRecord, EventRecord, LinkRecord, ParticipantRecord } from '../store/records.js';
import { earlierOf, type EvidenceSource } from './evidence.js';

/** Store records → what the chart draws. */
export function entityNode(e: EntityRecord, evidence: EvidenceSource): ChartNode {
  const ev = evidence.ofEntity(e.id);
  return {
    id: e.id,
    kind: 'entity',
    type: e.type,
    label: e.label,
    status: e.status,
    mentions: ev.count,
    reliability: ev.reliability,
    startAt: null,
    endAt: null,
    precision: null,
    knownFrom: ev.earliest,
    properties: e.properties,
  };
}

export function eventNode(e: EventRecord, evidence: EvidenceSource): ChartNode {
  const ev = evidence.ofCited(e.id);
  return {
    id: e.id,
    kind: 'event',
    type: 'event',
    label: e.title,
    status: e.status,
    mentions: ev.count,
    reliability: ev.reliability,
    startAt: e.startAt,
    endAt: e.endAt,
    precision: e.datePrecision,
    // Known when first reported; an unreported event is known from when it happened.
    knownFrom: ev.earliest ?? e.startAt,
    properties: e.properties,
  };
}

export function linkEdge(l: LinkRecord, evidence: EvidenceSource): ChartEdge {
  const ev = evidence.ofCited(l.id);
  return {
    id: l.id,
    kind: 'link',
    source: l.sourceId,
    target: l.targetId,
    type: l.type,
    directed: l.directed,
    confidence: l.confidence,
    credibility: l.credibility,
    reliability: ev.reliability,
    status: l.status,
    firstSeen: l.firstSeen,
    lastSeen: l.lastSeen,
    knownFrom: earlierOf(ev.earliest, l.firstSeen),
    citations: ev.count,
  };
}

/** An event joined to a participant: directed from the event, typed by the role. */
export function participantEdge(p: ParticipantRecord, event: ChartNode): ChartEdge {
  return {
    id: p.id,
    kind: 'participant',
    source: p.eventId,
    target: p.entityId,
    type: p.role || 'participant',
    directed: false,
    confidence: 1,
    credibility: null,
    reliability: event.reliability,
    status: event.status,
    firstSeen: event.startAt,
    lastSeen: event.endAt,
    knownFrom: event.knownFrom,
    citations: 0,
  };
}
