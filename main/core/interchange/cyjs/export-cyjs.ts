import type { CaseView } from '../case-view.js';
import { graphOf } from '../graph-view.js';

/** Chart style keys → Cytoscape style properties (the chart stores CSS-like names). */
const STYLE: Record<string, string> = {
  color: 'background-color',
  size: 'width',
  shape: 'shape',
  borderColor: 'border-color',
  label: 'label',
};

/**
 * The chart as Cytoscape JSON (`.cyjs`), the format Cytoscape desktop imports and cytoscape.js
 * loads: `elements.nodes` with `data` and the chart's `position`; `elements.edges` with
 * `interaction` (Cytoscape's word for the edge type) and `directed`; each node's saved chart
 * style as an element style, and a stylesheet drawing labels and arrows on directed edges.
 */
export function buildCyjs(
  view: CaseView,
  placements = view.chartNodes,
): { json: Record<string, unknown>; nodes: number; edges: number } {
  const { nodes, edges } = graphOf(view, placements);
  const json = {
    format_version: '1.0',
    generated_by: 'Dossier',
    target_cytoscapejs_version: '~3',
    data: {
      name: view.chart ? `${view.meta.title} — ${view.chart.name}` : view.meta.title,
      shared_name: view.meta.title,
      dossier_case_id: view.meta.id,
    },
    elements: {
      nodes: nodes.map((n) => {
        const style: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(n.style))
          if (STYLE[k] && (typeof v === 'string' || typeof v === 'number'))
            style[STYLE[k]] = k === 'size' ? Number(v) : v;
        if (STYLE.size && typeof n.style.size === 'number') style.height = n.style.size;
        if (n.hidden) style.display = 'none';
        return {
          data: { id: n.id, name: n.label, shared_name: n.label, kind: n.kind, type: n.type, status: n.status },
          ...(n.position ? { position: n.position } : {}),
          ...(Object.keys(style).length ? { style } : {}),
          selected: false,
        };
      }),
      edges: edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          name: `${e.source} (${e.type}) ${e.target}`,
          interaction: e.type,
          shared_interaction: e.type,
          kind: e.kind,
          directed: e.directed,
          ...(e.confidence !== null ? { confidence: e.confidence } : {}),
          ...(e.status ? { status: e.status } : {}),
        },
        selected: false,
      })),
    },
    style: [
      { selector: 'node', style: { label: 'data(name)' } },
      { selector: 'edge', style: { label: 'data(interaction)', 'curve-style': 'bezier' } },
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    ],
  };
  return { json, nodes: nodes.length, edges: edges.length };
}
