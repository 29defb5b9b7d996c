import type {
  ChartData,
  ChartEdge,
  ChartNode,
  ChartPlacement,
  ChartSummary,
  ChartViewport,
} from '../../../preload/contract/chart.js';
import type { ReadableCase } from '../store/case-store.js';
import type { ChartNodeRecord, ChartRecord } from '../store/records.js';
import { entityNode, eventNode, linkEdge, participantEdge } from './chart-elements.js';
import { EvidenceIndex } from './evidence.js';

export function chartSummary(store: ReadableCase, chart: ChartRecord): ChartSummary {
  return {
    id: chart.id,
    name: chart.name,
    nodes: store.list('chartNode', { chartId: chart.id }).length,
    modifiedAt: chart.modifiedAt,
  };
}

export function toPlacement(n: ChartNodeRecord): ChartPlacement {
  return {
    subjectId: n.subjectId,
    x: n.x,
    y: n.y,
    locked: n.locked,
    hidden: n.hidden,
    groupId: n.groupId,
    style: n.style,
  };
}

/** A node for any entity or event id, or null when the id is neither (a group, or deleted). */
export function subjectNode(store: ReadableCase, id: string, evidence: EvidenceIndex): ChartNode | null {
  const entity = store.get('entity', id);
  if (entity) return entityNode(entity, evidence);
  const event = store.get('event', id);
  return event ? eventNode(event, evidence) : null;
}

/** Above this many placed nodes a chart is read with one pass per table instead of queries per node. */
export const BULK_READ = 400;

/** Every edge among the given nodes: links between two of the entities, participants of the events. */
export function edgesAmong(
  store: ReadableCase,
  nodes: ReadonlyMap<string, ChartNode>,
  evidence: EvidenceIndex,
  bulk = nodes.size > BULK_READ,
): ChartEdge[] {
  const edges: ChartEdge[] = [];
  if (bulk) {
    for (const l of store.iterate('link'))
      if (nodes.has(l.sourceId) && nodes.has(l.targetId)) edges.push(linkEdge(l, evidence));
    for (const p of store.iterate('participant')) {
      const event = nodes.get(p.eventId);
      if (event?.kind === 'event' && nodes.has(p.entityId)) edges.push(participantEdge(p, event));
    }
    return edges;
  }
  for (const node of nodes.values()) {
    if (node.kind === 'entity') {
      for (const l of store.list('link', { sourceId: node.id }))
        if (nodes.has(l.targetId)) edges.push(linkEdge(l, evidence));
    } else {
      for (const p of store.list('participant', { eventId: node.id }))
        if (nodes.has(p.entityId)) edges.push(participantEdge(p, node));
    }
  }
  return edges;
}

/** One chart with everything needed to draw it. */
export function loadChartData(store: ReadableCase, chartId: string, options: { bulk?: boolean } = {}): ChartData {
  const chart = store.require('chart', chartId);
  const records = store.list('chartNode', { chartId });
  const bulk = options.bulk ?? records.length > BULK_READ;
  const evidence = new EvidenceIndex(store, bulk);
  const nodes = new Map<string, ChartNode>();
  const placements: ChartPlacement[] = [];
  for (const r of records) {
    const node = subjectNode(store, r.subjectId, evidence);
    if (node) nodes.set(node.id, node);
    // Groups have no subject; placements of deleted subjects are dropped from the drawing.
    if (node || r.style.group === true) placements.push(toPlacement(r));
  }
  return {
    chart: { id: chart.id, name: chart.name, nodes: records.length, modifiedAt: chart.modifiedAt },
    viewport: isViewport(chart.viewport) ? chart.viewport : null,
    settings: chart.settings,
    placements,
    nodes: [...nodes.values()],
    edges: edgesAmong(store, nodes, evidence, bulk),
  };
}

function isViewport(v: unknown): v is ChartViewport {
  const o = v as ChartViewport | null;
  return !!o && typeof o.zoom === 'number' && typeof o.pan?.x === 'number' && typeof o.pan?.y === 'number';
}
