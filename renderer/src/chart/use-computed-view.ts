import { useEffect, useMemo, useState } from 'react';
import type { ChartData } from '../../../preload/contract/chart.js';
import { applyFilter } from '../../../lib/graph/filters.js';
import type { PathResult } from '../../../lib/graph/shortest-path.js';
import type { LayoutClient } from './layout/layout-client.js';
import { computeView, type ComputedView, type ViewState } from './view-state.js';

/**
 * Filters, measures, clusters and rules over the drawn chart. Measures run in the worker
 * (betweenness on thousands of nodes takes seconds); until the answer arrives the chart keeps
 * its sizes.
 */
export function useComputedView(
  data: ChartData | null,
  view: ViewState,
  path: PathResult | null,
  layouts: LayoutClient,
  report: (e: unknown) => void,
): ComputedView | null {
  const [scores, setScores] = useState<{ key: string; map: Map<string, number> } | null>(null);
  const measureKey =
    data && view.measure
      ? `${view.measure}|${view.directed}|${view.weighted}|${JSON.stringify(view.filter)}|${data.nodes.length}|${data.edges.length}`
      : null;
  useEffect(() => {
    if (!data || !view.measure || !measureKey) return;
    let live = true;
    const pass = applyFilter(data.nodes, data.edges, view.filter);
    layouts
      .measure({
        name: view.measure,
        ids: data.nodes.filter((n) => pass.nodes.has(n.id)).map((n) => n.id),
        edges: data.edges
          .filter((e) => pass.edges.has(e.id))
          .map((e) => ({
            id: e.id,
            source: e.source,
            target: e.target,
            directed: e.directed,
            type: e.type,
            confidence: e.confidence,
          })),
        options: { directed: view.directed, weighted: view.weighted },
      })
      .then(
        (map) => live && setScores({ key: measureKey, map }),
        (e: unknown) => live && report(e),
      );
    return () => {
      live = false;
    };
    // measureKey stands for data, the measure and its options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [measureKey, layouts, report]);
  const viewForCompute = useMemo(
    () => (view.measure && scores?.key !== measureKey ? { ...view, measure: null } : view),
    [view, scores, measureKey],
  );
  return useMemo(
    () => (data ? computeView(data, viewForCompute, path, scores?.map) : null),
    [data, viewForCompute, path, scores],
  );
}
