import type { ChartData } from '../../../preload/contract/chart.js';
import { measure, ranked, type MeasureName } from '../../../lib/graph/centrality.js';
import { connectedComponents, louvainClusters } from '../../../lib/graph/clusters.js';
import { applyFilter, type ChartFilter, type FilterResult } from '../../../lib/graph/filters.js';
import { evaluateRules, type FormatRule, type RuleStyle } from '../../../lib/graph/formatting-rules.js';
import type { PathResult } from '../../../lib/graph/shortest-path.js';
import { CLUSTER_COLOURS } from './cy-style.js';

/** What the analyst has asked the chart to show, beyond the data itself. Saved in the chart's settings. */
export interface ViewState {
  filter: ChartFilter;
  filterMode: 'fade' | 'hide';
  measure: MeasureName | null;
  directed: boolean;
  weighted: boolean;
  clusters: 'none' | 'components' | 'louvain';
  rules: FormatRule[];
  /** Fold events into the links they explain; unset: on above COLLAPSE_EVENTS_ABOVE nodes. */
  collapseEvents?: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  filter: {},
  filterMode: 'fade',
  measure: null,
  directed: false,
  weighted: false,
  clusters: 'none',
  rules: [],
};

export interface ComputedView {
  pass: FilterResult;
  nodeStyles: Map<string, RuleStyle>;
  edgeStyles: Map<string, RuleStyle>;
  scores: Map<string, number> | null;
  ranking: { id: string; score: number }[];
  clusterOf: Map<string, number> | null;
}

/**
 * Filters first, then measures and clusters over what passes (an analyst asking "who is
 * central" on a filtered chart means among what they see), then rules on top.
 */
export function computeView(
  data: ChartData,
  view: ViewState,
  path: PathResult | null,
  /** Scores computed elsewhere (the worker) for `view.measure`; computed here when absent. */
  given?: Map<string, number> | null,
): ComputedView {
  const pass = applyFilter(data.nodes, data.edges, view.filter);
  const nodes = data.nodes.filter((n) => pass.nodes.has(n.id));
  const edges = data.edges.filter((e) => pass.edges.has(e.id));
  const context: Record<string, Map<string, number>> = {};
  let scores: Map<string, number> | null = null;
  if (view.measure) {
    scores = given ?? measure(view.measure, nodes, edges, { directed: view.directed, weighted: view.weighted });
    context[view.measure] = scores;
  }
  let clusterOf: Map<string, number> | null = null;
  if (view.clusters === 'components') clusterOf = connectedComponents(nodes, edges);
  if (view.clusters === 'louvain') clusterOf = louvainClusters(nodes, edges);
  if (clusterOf) context.cluster = clusterOf;
  const rules: FormatRule[] = [];
  if (clusterOf) {
    for (const c of new Set(clusterOf.values())) {
      rules.push({
        target: 'node',
        when: [{ field: 'cluster', op: 'eq', value: c }],
        set: {
          color: CLUSTER_COLOURS[c % CLUSTER_COLOURS.length]!,
          borderColor: CLUSTER_COLOURS[c % CLUSTER_COLOURS.length]!,
        },
      });
    }
  }
  if (view.measure)
    rules.push({ target: 'node', scale: { field: `measure.${view.measure}`, style: 'size', range: [24, 76] } });
  rules.push(...view.rules);
  const nodeStyles = evaluateRules(nodes, rules, 'node', context);
  const edgeStyles = evaluateRules(edges, rules, 'edge', context);
  if (path) for (const id of path.edges) edgeStyles.set(id, { ...edgeStyles.get(id), width: 6 });
  return { pass, nodeStyles, edgeStyles, scores, ranking: scores ? ranked(scores, 25) : [], clusterOf };
}
