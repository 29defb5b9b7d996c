import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChartData } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import { collapseEvents, COLLAPSE_EVENTS_ABOVE, withoutQuantities } from './event-links.js';
import { preloadTypeIcons } from './type-icons.js';
import { useDebounced } from './use-debounced.js';
import { DEFAULT_VIEW, type ViewState } from './view-state.js';

export interface ChartDataState {
  /** The chart as the case holds it (what to send back, what is on it). */
  source: ChartData | null;
  setSource(d: ChartData): void;
  /** Without quantities: what the timeline strip and the side panel look at. */
  plain: ChartData | null;
  /** What is drawn: `plain` with events folded into links when that is on. */
  drawn: ChartData | null;
  eventsCollapsed: boolean;
  view: ViewState;
  /** Changes the view and saves it with the chart (debounced). */
  setView(v: ViewState): void;
  /** Changes the view for this session only (play-through time). */
  setViewLocal(update: (v: ViewState) => ViewState): void;
}

/** One chart's data and view settings, loaded from the case and saved back as they change. */
export function useChartData(
  client: DossierClient,
  chartId: string,
  revision: number,
  report: (e: unknown) => void,
): ChartDataState {
  const [source, setSource] = useState<ChartData | null>(null);
  const [view, setViewState] = useState<ViewState>(DEFAULT_VIEW);
  useEffect(() => {
    let live = true;
    Promise.all([client.call('chart:get', { chartId }), preloadTypeIcons()]).then(
      ([d]) => {
        if (!live) return;
        setSource(d);
        if (d.settings.view)
          setViewState((v) =>
            v === DEFAULT_VIEW ? { ...DEFAULT_VIEW, ...(d.settings.view as Partial<ViewState>) } : v,
          );
      },
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [client, chartId, revision, report]);

  const plain = useMemo(() => (source ? withoutQuantities(source) : null), [source]);
  const eventsCollapsed = view.collapseEvents ?? (plain?.nodes.length ?? 0) > COLLAPSE_EVENTS_ABOVE;
  const drawn = useMemo(() => (plain && eventsCollapsed ? collapseEvents(plain) : plain), [plain, eventsCollapsed]);

  const saveView = useDebounced((v: ViewState) => {
    // Never `needsLayout` from the settings as loaded: the chart has been laid out (or is being)
    // by now, and writing the stale flag back made the next open lay it out afresh.
    const { needsLayout: _, ...settings } = source?.settings ?? {};
    client.call('chart:save-view', { chartId, settings: { ...settings, view: v } }).catch(report);
  }, 600);
  const setView = useCallback(
    (v: ViewState) => {
      setViewState(v);
      saveView(v);
    },
    [saveView],
  );
  return { source, setSource, plain, drawn, eventsCollapsed, view, setView, setViewLocal: setViewState };
}
