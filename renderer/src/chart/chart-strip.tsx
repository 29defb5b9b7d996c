import { useEffect, useMemo, useState } from 'react';
import type { ChartData, TimelineData } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import type { Selection } from '../shell/shell-context.js';
import { TimelineStrip, type TimeWindow } from '../timeline/timeline-strip.js';
import type { ViewState } from './view-state.js';

/**
 * The timeline strip under a chart: the case's events, the chart's own nodes taking precedence,
 * brushing a window filters the chart, play-through sets "known by".
 */
export function ChartStrip(props: {
  client: DossierClient;
  revision: number;
  height: number;
  chart: ChartData;
  selectedIds: string[];
  selection: Selection | null;
  view: ViewState;
  setView(v: ViewState): void;
  setViewLocal(update: (v: ViewState) => ViewState): void;
  onSelect(id: string, kind: 'event' | 'document'): void;
  report(e: unknown): void;
}) {
  const { client, revision, report, chart, view, setView, setViewLocal } = props;
  const [timeline, setTimeline] = useState<TimelineData | null>(null);
  useEffect(() => {
    let live = true;
    client.call('chart:timeline').then((t) => live && setTimeline(t), (e: unknown) => live && report(e));
    return () => {
      live = false;
    };
  }, [client, revision, report]);
  // One Set, not a scan of the chart per timeline node (that was O(T·N) on every render).
  const nodes = useMemo(() => {
    if (!timeline) return [];
    const onChart = new Set(chart.nodes.map((n) => n.id));
    return [...timeline.nodes.filter((n) => !onChart.has(n.id)), ...chart.nodes];
  }, [timeline, chart.nodes]);
  if (!timeline) return null;
  return (
    <div className="chart-strip" style={{ height: props.height }}>
      <TimelineStrip
        nodes={nodes}
        edges={timeline.edges}
        documents={timeline.documents}
        focusIds={props.selectedIds}
        selectedId={props.selection?.kind === 'event' ? props.selection.id : null}
        onSelect={props.onSelect}
        window={view.filter.window?.from && view.filter.window.to ? { from: view.filter.window.from, to: view.filter.window.to } : null}
        onWindow={(w: TimeWindow | null) => setView({ ...view, filter: { ...view.filter, window: w ?? undefined } })}
        asOf={view.filter.asOf ?? null}
        onAsOf={(d) => setViewLocal((v) => ({ ...v, filter: { ...v.filter, asOf: d } }))}
      />
    </div>
  );
}
