import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ChartData } from '../../../preload/contract/chart.js';
import type { PathResult } from '../../../lib/graph/shortest-path.js';
import type { Selection } from '../shell/shell-context.js';
import { ChartCanvas, LARGE_CHART } from './chart-canvas.js';
import { bindCanvasEvents, type CanvasHandlers } from './chart-events.js';
import { markChartPhase } from './phase-marks.js';
import { chartTestHandle, testHooksEnabled } from './test-hooks.js';
import type { ComputedView, ViewState } from './view-state.js';

/**
 * The Cytoscape canvas of one chart: created once the data is in, kept in step with the data
 * and view after that, resized with its pane, destroyed with the view. Listeners are bound once
 * and reach the latest handlers through `handlers`.
 */
export function useChartCanvas(options: {
  container: RefObject<HTMLDivElement | null>;
  chartId: string;
  data: ChartData | null;
  /** Whether WebGL runs on a real GPU here (webgl-probe.ts); null until known. */
  webgl: boolean | null;
  computed: ComputedView | null;
  view: ViewState;
  path: PathResult | null;
  neighbours: Set<string> | null;
  selection: Selection | null;
  handlers: RefObject<CanvasHandlers>;
}): { canvas: RefObject<ChartCanvas | null>; ready: boolean } {
  const { container, chartId, data, webgl, computed, view, path, neighbours, selection, handlers } = options;
  const canvas = useRef<ChartCanvas | null>(null);
  const [ready, setReady] = useState(false);

  // A big chart is handed out (`canvas`, `ready`) only once all its elements are in; what
  // changed meanwhile is applied then.
  const filling = useRef<ChartCanvas | null>(null);
  const latest = useRef({ data, computed, view, path, neighbours });
  useEffect(() => {
    latest.current = { data, computed, view, path, neighbours };
    const el = container.current;
    if (!data || !computed || !el || filling.current) return;
    if (!canvas.current) {
      // A large chart waits for the WebGL probe's answer (asked while it is laid out).
      if (data.nodes.length > LARGE_CHART && webgl === null) return;
      const c = new ChartCanvas(el, data, computed, { webgl: !!webgl });
      filling.current = c;
      c.applyView(computed, view, path, neighbours);
      void c.populated.then(() => {
        filling.current = null;
        if (c.cy.destroyed()) return;
        markChartPhase('populated');
        // Cytoscape draws in its own animation-frame callback, asked for before this one.
        requestAnimationFrame(() => markChartPhase('drawn'));
        canvas.current = c;
        const now = latest.current;
        if (now.data && now.computed) {
          if (now.data !== data || now.computed !== computed) c.sync(now.data, now.computed);
          c.applyView(now.computed, now.view, now.path, now.neighbours);
        }
        bindCanvasEvents(c, handlers as { current: CanvasHandlers });
        if (testHooksEnabled()) (window as unknown as { dossierChart?: unknown }).dossierChart = chartTestHandle(c);
        setReady(true);
      });
      return;
    }
    canvas.current.sync(data, computed);
    canvas.current.applyView(computed, view, path, neighbours);
  }, [container, data, computed, view, path, neighbours, handlers, webgl]);

  // The pane changes size (splitter, side panel, full screen): Cytoscape must be told.
  useEffect(() => {
    const el = container.current;
    if (!el || !ready) return;
    // The observer also reports the size it starts with: a resize then would redraw the whole
    // chart for nothing (a full frame, 100–300 ms at 1,000 nodes).
    const ro = new ResizeObserver(() => {
      const cy = canvas.current?.cy;
      if (cy && (cy.width() !== el.clientWidth || cy.height() !== el.clientHeight)) cy.resize();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [container, ready]);

  useEffect(
    () => () => {
      (canvas.current ?? filling.current)?.destroy();
      canvas.current = null;
      filling.current = null;
    },
    [chartId],
  );

  // The shared selection (from a table, the timeline, the inspector) shows on the chart too.
  useEffect(() => {
    const c = canvas.current;
    if (!c || !selection) return;
    const byId = c.cy.getElementById(selection.id);
    // A folded event is drawn as the links it explains: select the first; all are highlighted.
    const el =
      byId.empty() && selection.kind === 'event'
        ? c.cy
            .edges('.event-link')
            .filter((e) => e.data('eventId') === selection.id)
            .first()
        : byId;
    if (el.nonempty() && !el.selected()) {
      c.cy.elements().unselect();
      el.select();
    }
  }, [selection, ready]);

  return { canvas, ready };
}
