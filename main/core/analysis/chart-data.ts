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
import { type EvidenceIndex, PreparedEvidence } from './evidence.js';

export function chartSummary(store: ReadableCase, chart: ChartRecord): ChartSummary {
  return {
    id: chart.id,
    name: chart.name,
    nodes: store.chartReads().chartNodeCount(chart.id),
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

/**
 * The nodes and edges among the given subject ids (entities and events; other ids are left
 * out), with their evidence: a few SQL queries over those ids, whatever the size of the case.
 * Nodes in the order of `ids`; links, then participants, each in id order.
 */
export function chartElements(store: ReadableCase, ids: readonly string[]): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const reads = store.chartReads();
  const entities = reads.entitiesWithIds(ids);
  const events = reads.eventsWithIds(ids);
  const links = reads.linksAmong(ids);
  const participants = reads.participantsAmong(ids);
  const evidence = new PreparedEvidence(
    reads.entityEvidence(entities.map((e) => e.id)),
    reads.citedEvidence([...events.map((e) => e.id), ...links.map((l) => l.id)]),
  );
  const byId = new Map<string, ChartNode>();
  for (const e of entities) byId.set(e.id, entityNode(e, evidence));
  for (const e of events) byId.set(e.id, eventNode(e, evidence));
  const nodes: ChartNode[] = [];
  for (const id of new Set(ids)) {
    const node = byId.get(id);
    if (node) nodes.push(node);
  }
  const edges: ChartEdge[] = links.map((l) => linkEdge(l, evidence));
  for (const p of participants) edges.push(participantEdge(p, byId.get(p.eventId)!));
  return { nodes, edges };
}

/** One chart with everything needed to draw it. */
export function loadChartData(store: ReadableCase, chartId: string): ChartData {
  const chart = store.require('chart', chartId);
  const records = store.list('chartNode', { chartId });
  const { nodes, edges } = chartElements(
    store,
    records.map((r) => r.subjectId),
  );
  const drawn = new Set(nodes.map((n) => n.id));
  // Groups have no subject; placements of deleted subjects are dropped from the drawing.
  const placements = records.filter((r) => drawn.has(r.subjectId) || r.style.group === true).map(toPlacement);
  return {
    chart: { id: chart.id, name: chart.name, nodes: records.length, modifiedAt: chart.modifiedAt },
    viewport: isViewport(chart.viewport) ? chart.viewport : null,
    settings: chart.settings,
    placements,
    nodes,
    edges,
  };
}

function isViewport(v: unknown): v is ChartViewport {
  const o = v as ChartViewport | null;
  return !!o && typeof o.zoom === 'number' && typeof o.pan?.x === 'number' && typeof o.pan?.y === 'number';
}
