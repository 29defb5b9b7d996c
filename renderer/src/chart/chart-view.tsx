import { useEffect, useMemo, useRef, useState } from 'react';
import type { DossierClient } from '../api/client.js';
import { type Selection, useShell } from '../shell/shell-context.js';
import { useBusy } from '../common/use-busy.js';
import { neighbourhood } from '../../../lib/graph/neighbourhood.js';
import type { PathResult } from '../../../lib/graph/shortest-path.js';
import { LARGE_CHART } from './chart-canvas.js';
import { runNamedLayout, addCandidate, savePositions } from './chart-actions.js';
import type { CanvasHandlers, MenuAt } from './chart-events.js';
import { ChartStrip } from './chart-strip.js';
import { ChartToolbar } from './chart-toolbar.js';
import { ContextMenu } from './context-menu.js';
import { LayoutClient } from './layout/layout-client.js';
import { LinkDialog, type LinkDraft } from './link-dialog.js';
import { menuFor } from './menu-actions.js';
import { openInReader } from './open-in-reader.js';
import { PaneSplitter } from './pane-splitter.js';
import { SidePanel } from './side-panel.js';
import { useChartCanvas } from './use-chart-canvas.js';
import { useChartCommands } from './use-chart-commands.js';
import { useChartData } from './use-chart-data.js';
import { useComputedView } from './use-computed-view.js';
import { useDebounced } from './use-debounced.js';
import { useFullScreen } from './use-full-screen.js';
import { usePaneSizes } from './use-pane-sizes.js';
import { useSeedLayout } from './use-seed-layout.js';
import { useHardwareWebgl } from './webgl-probe.js';
import { SeedNotice } from './seed-notice.js';
import { markChartPhase } from './phase-marks.js';

export interface ChartViewProps {
  client: DossierClient;
  chartId: string;
  revision: number;
  selection: Selection | null;
  select(selection: Selection | null): void;
  report(error: unknown): void;
}

/** One chart: Cytoscape canvas, toolbar, side panel and the timeline strip that brushes it. */
export function ChartView({ client, chartId, revision, selection, select, report }: ChartViewProps) {
  const shell = useShell();
  const { source, setSource, plain, drawn, eventsCollapsed, view, setView, setViewLocal } = useChartData(
    client,
    chartId,
    revision,
    report,
  );
  const [path, setPath] = useState<PathResult | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [busy, withBusy] = useBusy(report);
  const [linkTool, setLinkTool] = useState(false);
  const [showNeighbours, setShowNeighbours] = useState(false);
  const [hops, setHops] = useState(1);
  const [draft, setDraft] = useState<LinkDraft | null>(null);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const [detailsRequest, setDetailsRequest] = useState(0);
  const [pane, setPane] = usePaneSizes(chartId);
  const root = useRef<HTMLDivElement>(null);
  const [fullScreen, toggleFullScreen] = useFullScreen(root);
  const container = useRef<HTMLDivElement>(null);
  const layouts = useMemo(() => new LayoutClient(), []);
  useEffect(() => {
    // Started while the chart's data is on its way: a chart seeded from the case needs it first.
    layouts.warm();
    return () => layouts.dispose();
  }, [layouts]);

  const computed = useComputedView(drawn, view, path, layouts, report);
  const neighbours = useMemo(() => {
    if (!showNeighbours || !drawn || !selectedIds.length) return null;
    const n = neighbourhood(drawn.edges, selectedIds);
    return new Set([...n.nodes, ...n.edges]);
  }, [showNeighbours, drawn, selectedIds]);

  const handlers = useRef<CanvasHandlers>({
    expand: () => {},
    startLink: () => {},
    openMenu: () => {},
    tapNode: () => {},
    selected: () => {},
    select: () => {},
    moved: () => {},
    viewport: () => {},
    linkTool: false,
  });
  const seed = useSeedLayout(drawn, layouts, container, withBusy);
  // Asked in a worker as soon as a large chart's data is in, while it is laid out.
  const webgl = useHardwareWebgl((drawn?.nodes.length ?? 0) > LARGE_CHART);
  const { canvas, ready } = useChartCanvas({
    container,
    chartId,
    data: seed.data,
    webgl,
    computed,
    view,
    path,
    neighbours,
    selection,
    handlers,
  });

  const saveLayout = useDebounced(() => {
    if (canvas.current) savePositions(client, chartId, canvas.current).catch(report);
  }, 500);
  const saveViewport = useDebounced(() => {
    if (canvas.current) client.call('chart:save-view', { chartId, viewport: canvas.current.viewport() }).catch(report);
  }, 800);

  const relayout = useRef(false);
  const { actions, runMenu, expand, findPath } = useChartCommands({
    client,
    chartId,
    canvas,
    layouts,
    source,
    drawn,
    computed,
    view,
    setView,
    eventsCollapsed,
    selectedIds,
    hops,
    setSource,
    setPath,
    setPathFrom,
    setShowNeighbours,
    setLinkTool,
    requestRelayout: () => (relayout.current = true),
    saveLayout,
    withBusy,
    report,
  });

  useEffect(() => {
    handlers.current = {
      expand,
      startLink: setDraft,
      openMenu: setMenu,
      // "Find path to…": the next node tapped ends the path.
      tapNode: (id) => {
        if (!pathFrom || id === pathFrom) return;
        setPathFrom(null);
        findPath(pathFrom, id);
      },
      selected: setSelectedIds,
      select,
      moved: saveLayout,
      viewport: saveViewport,
      linkTool,
    };
    canvas.current?.cy.nodes().forEach((n) => {
      if (linkTool) n.ungrabify();
      else n.grabify();
    });
  }, [expand, linkTool, drawn, pathFrom, findPath, select, saveLayout, saveViewport, canvas]);

  // After events fold or unfold the drawing changed shape: lay it out again once it is drawn.
  useEffect(() => {
    const c = canvas.current;
    if (!relayout.current || !c || !computed) return;
    relayout.current = false;
    void withBusy('Laying out the chart…', async () => {
      await runNamedLayout(c, layouts, 'force');
      await savePositions(client, chartId, c);
    });
  }, [computed, client, chartId, layouts, withBusy, canvas]);

  // A chart seeded from the case arrives with provisional positions: lay it out once, then save.
  const seeded = useRef(false);
  useEffect(() => {
    const c = canvas.current;
    if (!ready || !c || !drawn?.settings.needsLayout || seeded.current) return;
    seeded.current = true;
    void withBusy('Saving the layout…', async () => {
      // Laid out before it was drawn (use-seed-layout.ts); only a failed seed is laid out here.
      if (!seed.seeded) await runNamedLayout(c, layouts, 'force');
      // Opening a chart is not an analyst's move: this save is no undo step of its own.
      await savePositions(client, chartId, c, true);
      await client.call('chart:save-view', {
        chartId,
        viewport: c.viewport(),
        settings: { ...drawn.settings, needsLayout: false },
      });
      markChartPhase('saved');
    });
  }, [ready, drawn, client, chartId, layouts, withBusy, canvas, seed.seeded]);

  const nodeLabels = useMemo(() => new Map(plain?.nodes.map((n) => [n.id, n.label])), [plain]);
  const nodeKinds = useMemo(() => new Map(plain?.nodes.map((n) => [n.id, n.kind])), [plain]);
  return (
    <div
      className={`chart-view${fullScreen ? ' full-screen' : ''}`}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'F11') {
          e.preventDefault();
          toggleFullScreen();
        }
      }}
    >
      <ChartToolbar
        actions={actions}
        selected={selectedIds.length}
        busy={busy}
        linkTool={linkTool}
        neighbours={showNeighbours}
        hasPath={!!path}
        hops={hops}
        setHops={setHops}
        large={(drawn?.nodes.length ?? 0) > LARGE_CHART}
        eventsCollapsed={eventsCollapsed}
        fullScreen={fullScreen}
        toggleFullScreen={toggleFullScreen}
        sideOpen={pane.side}
        toggleSide={() => setPane({ side: !pane.side })}
      />
      <SeedNotice seeded={drawn?.settings.seeded} />
      <div className="chart-main">
        <div
          className={`chart-canvas${linkTool ? ' link-tool' : ''}`}
          ref={container}
          tabIndex={0}
          aria-label="Link chart"
          data-testid="chart-canvas"
          onKeyDown={(e) => {
            if (e.key === 'Delete' || e.key === 'Backspace') actions.remove();
            else if (e.key === 'f' || e.key === 'F') actions.fit();
            else if (e.key === 'Escape') {
              setPath(null);
              setPathFrom(null);
            }
          }}
        />
        {menu && (
          <ContextMenu
            x={menu.x}
            y={menu.y}
            title={nodeLabels.get(menu.id) ?? 'Node'}
            onClose={() => setMenu(null)}
            actions={menuFor(menu.locked, nodeKinds.get(menu.id) === 'entity')}
            onPick={(action) =>
              action === 'open-reader' ? void openInReader(shell, menu.id) : runMenu(action, menu.id)
            }
          />
        )}
        {plain && computed && pane.side && (
          <SidePanel
            client={client}
            chartId={chartId}
            data={plain}
            computed={computed}
            view={view}
            setView={setView}
            selectedIds={selectedIds}
            report={report}
            showDetails={detailsRequest}
            onFocus={(id) => {
              const el = canvas.current?.cy.getElementById(id);
              if (el?.nonempty()) canvas.current!.cy.animate({ center: { eles: el }, duration: 200 });
            }}
            onAdd={(cand) => {
              const c = canvas.current;
              if (c)
                void withBusy('Adding…', async () => setSource(await addCandidate(client, chartId, c, layouts, cand)));
            }}
          />
        )}
      </div>
      {pathFrom && <p className="chart-status">Click the node the path should lead to (Esc cancels).</p>}
      {path && (
        <p className="chart-status" data-testid="chart-path">
          Path: {path.nodes.map((id) => nodeLabels.get(id) ?? id).join(' → ')} ({path.edges.length} step
          {path.edges.length === 1 ? '' : 's'})
        </p>
      )}
      <PaneSplitter height={pane.timeline} onHeight={(h) => setPane({ timeline: h })} />
      {plain && pane.timeline > 0 && (
        <ChartStrip
          client={client}
          revision={revision}
          height={pane.timeline}
          selectedIds={selectedIds}
          selection={selection}
          report={report}
          view={view}
          setView={setView}
          setViewLocal={setViewLocal}
          onSelect={(id, kind) => {
            select({ kind, id });
            setDetailsRequest((n) => n + 1);
          }}
        />
      )}
      {draft && (
        <LinkDialog
          draft={draft}
          client={client}
          report={report}
          linkTypes={[...new Set(source?.edges.filter((e) => e.kind === 'link').map((e) => e.type))]}
          onDone={(created) => {
            setDraft(null);
            if (created) client.call('chart:get', { chartId }).then(setSource, report);
          }}
        />
      )}
    </div>
  );
}
