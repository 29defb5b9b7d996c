import type { ChartCandidate, ChartData } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import type { ChartCanvas } from './chart-canvas.js';
import type { LayoutClient } from './layout/layout-client.js';
import type { LayoutName } from './layout/types.js';

/**
 * What the chart's buttons do, apart from React state: run a layout in the worker and save
 * it, put new nodes on the chart near their neighbours, save positions.
 */
export async function runNamedLayout(
  canvas: ChartCanvas,
  layouts: LayoutClient,
  name: LayoutName,
  values?: Map<string, number>,
): Promise<number> {
  const nodes = canvas.layoutNodes();
  const request = {
    name,
    // A full layout starts afresh; pinned nodes stay where the analyst put them.
    nodes: nodes.map((n) => (n.fixed ? n : { id: n.id, parent: n.parent ?? null })),
    edges: canvas.layoutEdges(),
    nodeSize: 34,
    // Labels are part of each node's box, so no label lands on a node or another label.
    boxes: canvas.nodeBoxes(nodes),
    aspect: canvas.cy.width() / Math.max(1, canvas.cy.height()),
    ...(values ? { values: Object.fromEntries(values) } : {}),
  };
  const result = await layouts.run(request);
  canvas.applyPositions(result);
  canvas.openView();
  return result.ms;
}

/** Saves every placement; `automatic` for a layout the page ran by itself (not an undo step). */
export async function savePositions(
  client: DossierClient,
  chartId: string,
  canvas: ChartCanvas,
  automatic = false,
): Promise<void> {
  const placements = canvas.placements();
  await client.call('chart:save-layout', { chartId, placements, viewport: canvas.viewport(), automatic });
}

/**
 * Adds nodes (with the edges that join them to the chart) without moving anything already
 * placed: the worker's incremental layout puts each new node near its neighbours.
 */
export async function addNearNeighbours(
  client: DossierClient,
  chartId: string,
  canvas: ChartCanvas,
  layouts: LayoutClient,
  newIds: readonly string[],
  edges: readonly { source: string; target: string }[],
): Promise<ChartData> {
  const placed = canvas.layoutNodes(false).map((n) => ({ ...n, fixed: true }));
  const onChart = new Set(placed.map((n) => n.id));
  const fresh = newIds.filter((id) => !onChart.has(id));
  const nodes = [...placed, ...fresh.map((id) => ({ id }))];
  // New nodes are not drawn yet: their boxes are the placed ones' median (a typical label).
  const known = canvas.nodeBoxes(placed);
  const typical = (a: Float32Array) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? 17;
  const pad = (a: Float32Array) => [...a, ...fresh.map(() => typical(a))];
  const result = await layouts.run({
    name: 'incremental',
    nodes,
    edges: [...canvas.layoutEdges(), ...edges],
    nodeSize: 34,
    boxes: { halfWidth: pad(known.halfWidth), up: pad(known.up), down: pad(known.down) },
  });
  const at = new Map(result.ids.map((id, i) => [id, i]));
  const placements = fresh.map((id) => ({ subjectId: id, x: result.xs[at.get(id)!]!, y: result.ys[at.get(id)!]! }));
  return client.call('chart:add-nodes', { chartId, placements });
}

/** A candidate from the side panel: its links to the chart are found first so it lands beside them. */
export async function addCandidate(
  client: DossierClient,
  chartId: string,
  canvas: ChartCanvas,
  layouts: LayoutClient,
  c: ChartCandidate,
): Promise<ChartData> {
  const around = await client.call('chart:neighbours', { subjectIds: [c.id], hops: 1 });
  const onChart = new Set(canvas.layoutNodes(false).map((n) => n.id));
  const edges = around.edges.filter((e) => onChart.has(e.source) || onChart.has(e.target));
  return addNearNeighbours(client, chartId, canvas, layouts, [c.id], edges);
}
