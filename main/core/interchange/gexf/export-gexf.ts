import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { CaseView } from '../case-view.js';
import { graphOf } from '../graph-view.js';

/**
 * The case as GEXF 1.3 for Gephi (written by graphology-gexf): entities and events as nodes with
 * their label, kind, type and status, chart positions and colours as GEXF viz; links and
 * participation as edges, each directed or undirected as in the case (a mixed graph), weighted
 * by the link's confidence.
 */
export function buildGexf(view: CaseView, placements = view.chartNodes): { xml: string; nodes: number; edges: number } {
  const { nodes, edges } = graphOf(view, placements);
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const n of nodes) {
    const color = typeof n.style.color === 'string' ? n.style.color : undefined;
    graph.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      type: n.type,
      status: n.status,
      hidden: n.hidden,
      ...(n.position ? { x: n.position.x, y: n.position.y } : {}),
      ...(color ? { color } : {}),
    });
  }
  for (const e of edges) {
    const attributes = {
      label: e.type,
      kind: e.kind,
      ...(e.confidence !== null ? { weight: e.confidence } : {}),
      ...(e.status ? { status: e.status } : {}),
    };
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attributes);
  }
  return {
    xml: write(graph, {
      version: '1.3',
      formatEdge: (_key, a) => ({
        label: String(a.label),
        weight: a.weight as number | undefined,
        attributes: { relation: a.kind, ...(a.status ? { status: a.status } : {}) },
      }),
    }),
    nodes: nodes.length,
    edges: edges.length,
  };
}
