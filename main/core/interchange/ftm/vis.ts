import type { CaseView } from '../case-view.js';
import { buildFtmEntities } from './export-ftm.js';
import { EDGE_SCHEMATA } from './ftm-schemata.js';

/**
 * A chart as an Aleph network diagram (`.vis`/`.ftm`): the FtM entities, one vertex per node
 * entity with its chart position, one edge per edge entity, and the viewport. Positions are
 * divided by GRID, because Aleph lays vertices out on a grid of that many pixels.
 */
const GRID = 10;

export function buildVisDiagram(view: CaseView): { diagram: Record<string, unknown>; skipped: Record<string, number> } {
  const { entities, skipped } = buildFtmEntities({ ...view, documents: [] });
  // An entity's chart node is found by its record id; imported FtM entities export under their FtM id.
  const recordIdOf = new Map(
    view.entities.map((e) => [typeof e.properties.ftmId === 'string' ? e.properties.ftmId : e.id, e.id]),
  );
  const position = new Map(view.chartNodes.map((n) => [n.subjectId, n]));
  const vertices: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  for (const e of entities) {
    const ends = EDGE_SCHEMATA[e.schema];
    if (ends) {
      const [s, t] = [e.properties[ends[0]]?.[0], e.properties[ends[1]]?.[0]];
      if (!s || !t) continue;
      edges.push({
        id: `entity:${e.id}`,
        type: 'entity',
        entityId: e.id,
        label: (e.properties.role ?? e.properties.relationship ?? [e.schema])[0],
        sourceId: `entity:${s}`,
        targetId: `entity:${t}`,
        directed: ends[3],
      });
      continue;
    }
    const node = position.get(recordIdOf.get(e.id) ?? e.id);
    if (view.chart && !node) continue;
    vertices.push({
      id: `entity:${e.id}`,
      type: 'entity',
      entityId: e.id,
      label: e.properties.name?.[0] ?? e.id,
      fixed: node?.locked ?? false,
      hidden: node?.hidden ?? false,
      position: { x: Math.round((node?.x ?? 0) / GRID), y: Math.round((node?.y ?? 0) / GRID) },
      ...(typeof node?.style.color === 'string' ? { color: node.style.color } : {}),
    });
  }
  const shown = new Set(vertices.map((v) => v.id));
  const keptEdges = edges.filter((e) => shown.has(e.sourceId as string) && shown.has(e.targetId as string));
  const keptIds = new Set([...vertices, ...keptEdges].map((v) => v.entityId));
  const viewport = view.chart?.viewport ?? {};
  return {
    diagram: {
      label: view.chart ? view.chart.name : view.meta.title,
      layout: {
        entities: entities.filter((e) => keptIds.has(e.id)),
        vertices,
        edges: keptEdges,
        groupings: [],
        selection: [],
        settings: { pivotTypes: [] },
      },
      viewport: {
        center: { x: Number(viewport.x ?? 0) / GRID, y: Number(viewport.y ?? 0) / GRID },
        zoomLevel: Number(viewport.zoom ?? 1),
        ratio: 1,
      },
    },
    skipped,
  };
}
