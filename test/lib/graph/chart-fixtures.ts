import type { ChartEdge, ChartNode } from '../../../preload/contract/chart.js';

export function entity(id: string, type: string, extra: Partial<ChartNode> = {}): ChartNode {
  return {
    id,
    kind: 'entity',
    type,
    label: id,
    status: 'confirmed',
    mentions: 1,
    reliability: null,
    startAt: null,
    endAt: null,
    precision: null,
    knownFrom: null,
    properties: {},
    ...extra,
  };
}

export function eventNode(
  id: string,
  startAt: string | null,
  precision: ChartNode['precision'],
  extra: Partial<ChartNode> = {},
): ChartNode {
  return entity(id, 'event', { kind: 'event', startAt, precision, ...extra });
}

export function link(id: string, source: string, target: string, extra: Partial<ChartEdge> = {}): ChartEdge {
  return {
    id,
    kind: 'link',
    source,
    target,
    type: 'associate',
    directed: false,
    confidence: 0.8,
    credibility: 2,
    reliability: null,
    status: 'confirmed',
    firstSeen: null,
    lastSeen: null,
    knownFrom: null,
    citations: 1,
    ...extra,
  };
}
