import type { EventObject, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChartData, TimelineData } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import type { Selection } from '../shell/shell-context.js';
import { TimelineStrip, type TimeWindow } from '../timeline/timeline-strip.js';
import { ChartCanvas, LARGE_CHART, nodesOf } from './chart-canvas.js';
import { addCandidate, addNearNeighbours, runNamedLayout, savePositions } from './chart-actions.js';
import { ChartToolbar, type ToolbarActions } from './chart-toolbar.js';
import { ContextMenu } from './context-menu.js';
import { chartToPng, download, printChart } from './export-png.js';
import { chartToSvg } from './export-svg.js';
import type { ExportFooter } from './export-footer.js';
import { measure } from '../../../lib/graph/centrality.js';
import { applyFilter } from '../../../lib/graph/filters.js';
import { neighbourhood } from '../../../lib/graph/neighbourhood.js';
import { shortestPath, type PathResult } from '../../../lib/graph/shortest-path.js';
import { LayoutClient } from './layout/layout-client.js';
import { LinkDialog, type LinkDraft } from './link-dialog.js';
import { SidePanel } from './side-panel.js';
import { preloadTypeIcons } from './type-icons.js';
import { useDebounced } from './use-debounced.js';
import { computeView, DEFAULT_VIEW, type ViewState } from './view-state.js';
import { useBusy } from '../common/use-busy.js';

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
  const [data, setData] = useState<ChartData | null>(null);
  const [timeline, setTimeline] = useState<TimelineData | null>(null);
  const [view, setViewState] = useState<ViewState>(DEFAULT_VIEW);
  const [path, setPath] = useState<PathResult | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [busy, withBusy] = useBusy(report);
  const [linkTool, setLinkTool] = useState(false);
  const [showNeighbours, setShowNeighbours] = useState(false);
  const [hops, setHops] = useState(1);
  const [draft, setDraft] = useState<LinkDraft | null>(null);
  const [ready, setReady] = useState(false);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const [detailsRequest, setDetailsRequest] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<ChartCanvas | null>(null);
  const layouts = useMemo(() => new LayoutClient(), []);
  useEffect(() => () => layouts.dispose(), [layouts]);

  useEffect(() => {
    let live = true;
    Promise.all([client.call('chart:get', { chartId }), preloadTypeIcons()]).then(([d]) => {
      if (!live) return;
      setData(d);
      if (d.settings.view) setViewState((v) => (v === DEFAULT_VIEW ? { ...DEFAULT_VIEW, ...(d.settings.view as Partial<ViewState>) } : v));
    }, (e: unknown) => live && report(e));
    client.call('chart:timeline').then((t) => live && setTimeline(t), (e: unknown) => live && report(e));
    return () => {
      live = false;
    };
  }, [client, chartId, revision, report]);

  // Measures run in the worker (betweenness on thousands of nodes takes seconds); until the
  // answer arrives the chart keeps its sizes.
  const [scores, setScores] = useState<{ key: string; map: Map<string, number> } | null>(null);
  const measureKey = data && view.measure ? `${view.measure}|${view.directed}|${view.weighted}|${JSON.stringify(view.filter)}|${data.nodes.length}|${data.edges.length}` : null;
  useEffect(() => {
    if (!data || !view.measure || !measureKey) return;
    let live = true;
    const pass = applyFilter(data.nodes, data.edges, view.filter);
    layouts
      .measure({
        name: view.measure,
        ids: data.nodes.filter((n) => pass.nodes.has(n.id)).map((n) => n.id),
        edges: data.edges.filter((e) => pass.edges.has(e.id)).map((e) => ({ id: e.id, source: e.source, target: e.target, directed: e.directed, type: e.type, confidence: e.confidence })),
        options: { directed: view.directed, weighted: view.weighted },
      })
      .then((map) => live && setScores({ key: measureKey, map }), (e: unknown) => live && report(e));
    return () => {
      live = false;
    };
    // measureKey stands for data, the measure and its options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [measureKey, layouts, report]);
  const viewForCompute = useMemo(() => (view.measure && scores?.key !== measureKey ? { ...view, measure: null } : view), [view, scores, measureKey]);
  const computed = useMemo(() => (data ? computeView(data, viewForCompute, path, scores?.map) : null), [data, viewForCompute, path, scores]);
  const neighbours = useMemo(() => (showNeighbours && data && selectedIds.length ? neighbourhood(data.edges, selectedIds) : null), [showNeighbours, data, selectedIds]);

  const saveView = useDebounced((v: ViewState) => {
    client.call('chart:save-view', { chartId, settings: { ...(data?.settings ?? {}), view: v } }).catch(report);
  }, 600);
  const setView = useCallback((v: ViewState) => {
    setViewState(v);
    saveView(v);
  }, [saveView]);
  const saveLayout = useDebounced(() => {
    if (canvas.current) savePositions(client, chartId, canvas.current).catch(report);
  }, 500);
  const saveViewport = useDebounced(() => {
    if (canvas.current) client.call('chart:save-view', { chartId, viewport: canvas.current.viewport() }).catch(report);
  }, 800);

  // Handlers read the latest state through a ref, so Cytoscape listeners are bound once.
  const handlers = useRef<ChartHandlers>({ expand: () => {}, startLink: () => {}, openMenu: () => {}, tapNode: () => {}, linkTool: false });

  useEffect(() => {
    const el = container.current;
    if (!data || !computed || !el) return;
    if (!canvas.current) {
      const c = new ChartCanvas(el, data, computed);
      canvas.current = c;
      bindEvents(c, handlers, setSelectedIds, select, saveLayout, saveViewport);
      (window as unknown as { dossierChart?: unknown }).dossierChart = debugHandle(c);
      setReady(true);
    } else {
      canvas.current.sync(data, computed);
    }
    canvas.current.applyView(computed, view, path, neighbours ? new Set([...neighbours.nodes, ...neighbours.edges]) : null);
  }, [data, computed, view, path, neighbours, select, saveLayout, saveViewport]);

  useEffect(() => () => {
    canvas.current?.destroy();
    canvas.current = null;
  }, [chartId]);

  // The shared selection (from a table, the timeline, the inspector) shows on the chart too.
  useEffect(() => {
    const c = canvas.current;
    if (!c || !selection) return;
    const el = c.cy.getElementById(selection.id);
    if (el.nonempty() && !el.selected()) {
      c.cy.elements().unselect();
      el.select();
    }
  }, [selection, ready]);

  const expand = useCallback((ids: string[]) => {
    const c = canvas.current;
    if (!c || !ids.length) return;
    void withBusy('Expanding…', async () => {
      const linkTypes = view.filter.linkTypes ? [...view.filter.linkTypes, 'participant'] : undefined;
      const around = await client.call('chart:neighbours', { subjectIds: ids, hops, ...(linkTypes ? { linkTypes } : {}) });
      const onChart = new Set(data?.nodes.map((n) => n.id));
      const fresh = around.nodes.filter((n) => !onChart.has(n.id)).map((n) => n.id);
      if (!fresh.length) return;
      setData(await addNearNeighbours(client, chartId, c, layouts, fresh, around.edges));
    });
  }, [client, chartId, data, hops, layouts, view.filter.linkTypes, withBusy]);

  const findPath = useCallback((from: string, to: string) => {
    if (!data || !computed) return;
    const nodes = data.nodes.filter((n) => computed.pass.nodes.has(n.id));
    const edges = data.edges.filter((e) => computed.pass.edges.has(e.id));
    const p = shortestPath(nodes, edges, from, to, { directed: view.directed, weighted: view.weighted });
    if (!p) report(new Error('No path joins these two under the current filters and direction setting.'));
    setPath(p);
  }, [data, computed, view.directed, view.weighted, report]);

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
      linkTool,
    };
    canvas.current?.cy.nodes().forEach((n) => {
      if (linkTool) n.ungrabify();
      else n.grabify();
    });
  }, [expand, linkTool, data, pathFrom, findPath]);

  // A chart seeded from the case arrives with provisional positions: lay it out once, then save.
  const seeded = useRef(false);
  useEffect(() => {
    const c = canvas.current;
    if (!ready || !c || !data?.settings.needsLayout || seeded.current) return;
    seeded.current = true;
    void withBusy('Laying out the chart…', async () => {
      await runNamedLayout(c, layouts, 'force');
      await savePositions(client, chartId, c);
      await client.call('chart:save-view', { chartId, viewport: c.viewport(), settings: { ...data.settings, needsLayout: false } });
    });
  }, [ready, data, client, chartId, layouts, withBusy]);

  const footer = useCallback(async (): Promise<ExportFooter> => {
    const s = await client.call('case:current');
    return { title: s?.title ?? 'Untitled case', tlp: s?.tlp ?? 'TLP:AMBER', date: new Date().toISOString(), chartName: data?.chart.name ?? 'Chart' };
  }, [client, data]);

  const actions: ToolbarActions = {
    layout: (name) => {
      const c = canvas.current;
      if (!c) return;
      void withBusy(`Running ${name} layout…`, async () => {
        const values = name === 'concentric' ? (computed?.scores ?? measure('degree', data!.nodes, data!.edges)) : undefined;
        await runNamedLayout(c, layouts, name, values);
        await savePositions(client, chartId, c);
      });
    },
    fit: () => canvas.current?.fit(),
    expand: () => expand(selectedIds),
    hide: () => {
      canvas.current?.cy.$(':selected').addClass('user-hidden').unselect();
      saveLayout();
    },
    showHidden: () => {
      canvas.current?.cy.$('.user-hidden').removeClass('user-hidden');
      saveLayout();
    },
    remove: () => {
      if (!selectedIds.length) return;
      void withBusy('Removing…', async () => setData(await client.call('chart:remove-nodes', { chartId, subjectIds: selectedIds })));
    },
    lock: (locked) => {
      canvas.current?.cy.$('node:selected').forEach((n) => {
        if (locked) n.lock().addClass('locked');
        else n.unlock().removeClass('locked');
      });
      saveLayout();
    },
    group: () => {
      const c = canvas.current;
      if (!c) return;
      const members = c.cy.$('node:selected').not('.group');
      const label = `Group ${c.cy.nodes('.group').length + 1}`;
      const id = crypto.randomUUID();
      c.cy.add({ group: 'nodes', data: { id, label, kind: 'group', color: '#8893a3', border: '#8893a3', size: 34 }, classes: 'group' });
      members.move({ parent: id });
      void withBusy('Grouping…', () => savePositions(client, chartId, c));
    },
    ungroup: () => {
      const c = canvas.current;
      if (!c) return;
      const groups = (c.cy.$('node:selected').toArray() as NodeSingular[]).map((n) => (n.hasClass('group') ? n : n.parent().first()));
      const ids = [...new Set(groups.filter((g) => g.nonempty()).map((g) => g.id()))];
      if (!ids.length) return;
      for (const id of ids) c.cy.getElementById(id).children().move({ parent: null });
      void withBusy('Ungrouping…', async () => {
        await savePositions(client, chartId, c);
        setData(await client.call('chart:remove-nodes', { chartId, subjectIds: ids }));
      });
    },
    path: () => {
      if (selectedIds.length === 2) findPath(selectedIds[0]!, selectedIds[1]!);
    },
    clearPath: () => setPath(null),
    toggleNeighbours: () => setShowNeighbours((v) => !v),
    toggleLinkTool: () => setLinkTool((v) => !v),
    exportPng: (scale) => {
      const c = canvas.current;
      if (c) void withBusy('Exporting PNG…', async () => download(await chartToPng(c.cy, await footer(), scale), `${fileName(data)}.png`));
    },
    exportSvg: () => {
      const c = canvas.current;
      if (c) void withBusy('Exporting SVG…', async () => download(new Blob([await chartToSvg(c.cy, await footer())], { type: 'image/svg+xml' }), `${fileName(data)}.svg`));
    },
    print: () => {
      const c = canvas.current;
      if (c) void withBusy('Preparing to print…', async () => printChart(c.cy, await footer()));
    },
  };

  const selectOnly = (id: string) => {
    const c = canvas.current;
    if (!c) return;
    c.cy.elements().unselect();
    c.cy.getElementById(id).select();
  };
  const MENU = ['Expand neighbours', 'Highlight neighbours', 'Find path to…', 'Pin', 'Unpin', 'Hide', 'Remove from chart', 'Show details'] as const;
  const runMenu = (at: MenuAt, action: string) => {
    const id = at.id;
    if (action === 'Expand neighbours') expand([id]);
    else if (action === 'Find path to…') setPathFrom(id);
    else if (action === 'Remove from chart') void withBusy('Removing…', async () => setData(await client.call('chart:remove-nodes', { chartId, subjectIds: [id] })));
    else {
      selectOnly(id);
      if (action === 'Highlight neighbours') setShowNeighbours(true);
      else if (action === 'Pin' || action === 'Unpin') actions.lock(action === 'Pin');
      else if (action === 'Hide') actions.hide();
    }
  };

  const selectedEvent = selection?.kind === 'event' ? selection.id : null;
  const nodeLabels = new Map(data?.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="chart-view">
      <ChartToolbar actions={actions} selected={selectedIds.length} busy={busy} linkTool={linkTool} neighbours={showNeighbours} hasPath={!!path} hops={hops} setHops={setHops} large={(data?.nodes.length ?? 0) > LARGE_CHART} />
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
          <ContextMenu x={menu.x} y={menu.y} title={nodeLabels.get(menu.id) ?? 'Node'} onClose={() => setMenu(null)}
            labels={MENU.filter((l) => l !== (menu.locked ? 'Pin' : 'Unpin'))} onPick={(label) => runMenu(menu, label)} />
        )}
        {data && computed && (
          <SidePanel client={client} chartId={chartId} data={data} computed={computed} view={view} setView={setView} selectedIds={selectedIds} report={report} showDetails={detailsRequest}
            onFocus={(id) => {
              const el = canvas.current?.cy.getElementById(id);
              if (el?.nonempty()) canvas.current!.cy.animate({ center: { eles: el }, duration: 200 });
            }}
            onAdd={(cand) => {
              const c = canvas.current;
              if (c) void withBusy('Adding…', async () => setData(await addCandidate(client, chartId, c, layouts, cand)));
            }}
          />
        )}
      </div>
      {pathFrom && <p className="chart-status">Click the node the path should lead to (Esc cancels).</p>}
      {path && <p className="chart-status" data-testid="chart-path">Path: {path.nodes.map((id) => nodeLabels.get(id) ?? id).join(' → ')} ({path.edges.length} step{path.edges.length === 1 ? '' : 's'})</p>}
      {data && timeline && (
        <TimelineStrip
          nodes={[...timeline.nodes.filter((n) => !data.nodes.some((d) => d.id === n.id)), ...data.nodes]}
          edges={timeline.edges}
          documents={timeline.documents}
          focusIds={selectedIds}
          selectedId={selectedEvent}
          onSelect={(id, kind) => {
            select({ kind, id });
            setDetailsRequest((n) => n + 1);
          }}
          window={view.filter.window?.from && view.filter.window.to ? { from: view.filter.window.from, to: view.filter.window.to } : null}
          onWindow={(w: TimeWindow | null) => setView({ ...view, filter: { ...view.filter, window: w ?? undefined } })}
          asOf={view.filter.asOf ?? null}
          onAsOf={(d) => setViewState((v) => ({ ...v, filter: { ...v.filter, asOf: d } }))}
        />
      )}
      {draft && <LinkDialog draft={draft} client={client} report={report} linkTypes={[...new Set(data?.edges.filter((e) => e.kind === 'link').map((e) => e.type))]}
        onDone={(created) => {
          setDraft(null);
          if (created) client.call('chart:get', { chartId }).then(setData, report);
        }} />}
    </div>
  );
}

function fileName(data: ChartData | null): string {
  return (data?.chart.name ?? 'chart').replace(/[^\p{L}\p{N}_ -]+/gu, '').trim() || 'chart';
}

interface MenuAt {
  x: number;
  y: number;
  id: string;
  locked: boolean;
}

interface ChartHandlers {
  expand(ids: string[]): void;
  startLink(d: LinkDraft): void;
  openMenu(m: MenuAt): void;
  tapNode(id: string): void;
  linkTool: boolean;
}

function bindEvents(
  c: ChartCanvas,
  handlers: { current: ChartHandlers },
  setSelectedIds: (ids: string[]) => void,
  select: (s: Selection | null) => void,
  saveLayout: () => void,
  saveViewport: () => void,
): void {
  const cy = c.cy;
  cy.on('select unselect', () => {
    const sel = cy.$(':selected').not('.ghost').not('.group');
    setSelectedIds(sel.map((el) => el.id()));
    if (sel.length === 1) {
      const el = sel.first();
      const kind = el.isEdge() ? (el.hasClass('participant') ? 'event' : 'link') : el.hasClass('event') ? 'event' : 'entity';
      select({ kind, id: el.isEdge() && el.hasClass('participant') ? el.source().id() : el.id() });
    }
  });
  cy.on('dbltap', 'node', (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (!n.hasClass('group')) handlers.current.expand([n.id()]);
  });
  cy.on('cxttap', 'node', (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (!n.hasClass('group') && !n.hasClass('ghost')) handlers.current.openMenu({ x: e.renderedPosition.x, y: e.renderedPosition.y, id: n.id(), locked: n.locked() });
  });
  cy.on('tap', 'node', (e: EventObject) => handlers.current.tapNode((e.target as NodeSingular).id()));
  cy.on('dragfree', 'node', () => saveLayout());
  cy.on('viewport', () => saveViewport());
  // The link tool: press on a node, drag to another, release: a ghost edge follows the pointer.
  let from: NodeSingular | null = null;
  cy.on('tapstart', 'node', (e: EventObject) => {
    if (!handlers.current.linkTool) return;
    from = e.target as NodeSingular;
    cy.add([
      { group: 'nodes', data: { id: '__ghost' }, position: { ...e.position }, classes: 'ghost' },
      { group: 'edges', data: { id: '__ghost-edge', source: from.id(), target: '__ghost' }, classes: 'ghost' },
    ]);
  });
  cy.on('tapdrag', (e: EventObject) => {
    if (from) cy.getElementById('__ghost').position({ ...e.position });
  });
  cy.on('tapend', (e: EventObject) => {
    if (!from) return;
    const start = from;
    from = null;
    cy.remove('.ghost');
    const hit = cy.nodes().filter((n) => !n.hasClass('group') && !n.hasClass('ghost') && n.id() !== start.id() && within(n, e.position));
    const target = hit.first();
    if (target.nonempty() && !start.hasClass('event') && !target.hasClass('event')) {
      handlers.current.startLink({ sourceId: start.id(), targetId: target.id(), sourceLabel: String(start.data('name')), targetLabel: String(target.data('name')) });
    }
  });
}

function within(n: NodeSingular, p: { x: number; y: number }): boolean {
  const b = n.boundingBox({ includeLabels: false });
  return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
}

/** A read-only view for end-to-end tests and support: positions and highlighted ids. */
function debugHandle(c: ChartCanvas) {
  return {
    positions: () => Object.fromEntries(nodesOf(c.cy).filter((n) => !n.hasClass('ghost')).map((n) => [n.id(), { ...n.position() }])),
    onPath: () => c.cy.$('.on-path').map((el) => el.id()),
    /** Where a node is on screen, relative to the chart's canvas. */
    screenPosition: (id: string) => ({ ...c.cy.getElementById(id).renderedPosition() }),
    faded: () => c.cy.$('.faded').map((el) => el.id()),
    renderer: () => ((c.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl ? 'webgl' : 'canvas'),
    selectIds: (ids: string[]) => {
      c.cy.elements().unselect();
      for (const id of ids) c.cy.getElementById(id).select();
    },
  };
}
