import type { NodeSingular } from 'cytoscape';
import { useCallback, type RefObject } from 'react';
import type { ChartData } from '../../../preload/contract/chart.js';
import { measure } from '../../../lib/graph/centrality.js';
import { shortestPath, type PathResult } from '../../../lib/graph/shortest-path.js';
import type { DossierClient } from '../api/client.js';
import type { ChartCanvas } from './chart-canvas.js';
import { addNearNeighbours, runNamedLayout, savePositions } from './chart-actions.js';
import type { ToolbarActions } from './chart-toolbar.js';
import { chartToPng, download, printChart } from './export-png.js';
import { chartToSvg } from './export-svg.js';
import type { ExportFooter } from './export-footer.js';
import type { LayoutClient } from './layout/layout-client.js';
import type { MenuAction } from './menu-actions.js';
import type { ComputedView, ViewState } from './view-state.js';

export interface CommandContext {
  client: DossierClient;
  chartId: string;
  canvas: RefObject<ChartCanvas | null>;
  layouts: LayoutClient;
  source: ChartData | null;
  drawn: ChartData | null;
  computed: ComputedView | null;
  view: ViewState;
  setView(v: ViewState): void;
  eventsCollapsed: boolean;
  selectedIds: string[];
  hops: number;
  setSource(d: ChartData): void;
  setPath(p: PathResult | null): void;
  setPathFrom(id: string | null): void;
  setShowNeighbours(update: (v: boolean) => boolean): void;
  setLinkTool(update: (v: boolean) => boolean): void;
  /** Lay the chart out again once the next drawing is in (events folded or unfolded). */
  requestRelayout(): void;
  saveLayout(): void;
  withBusy(label: string, fn: () => Promise<unknown>): Promise<void>;
  report(e: unknown): void;
}

/** What the chart can be told to do: toolbar buttons, the node menu, keys. Typed, no labels. */
export function useChartCommands(ctx: CommandContext): {
  actions: ToolbarActions;
  runMenu(action: MenuAction, id: string): void;
  expand(ids: string[]): void;
  findPath(from: string, to: string): void;
} {
  const { client, chartId, canvas, layouts, source, drawn, computed, view, selectedIds, hops, withBusy, report } = ctx;

  const expand = useCallback(
    (ids: string[]) => {
      const c = canvas.current;
      if (!c || !ids.length) return;
      void withBusy('Expanding…', async () => {
        const linkTypes = view.filter.linkTypes ? [...view.filter.linkTypes, 'participant'] : undefined;
        const around = await client.call('chart:neighbours', {
          subjectIds: ids,
          hops,
          ...(linkTypes ? { linkTypes } : {}),
        });
        const onChart = new Set(source?.nodes.map((n) => n.id));
        const fresh = around.nodes.filter((n) => !onChart.has(n.id)).map((n) => n.id);
        if (!fresh.length) return;
        ctx.setSource(await addNearNeighbours(client, chartId, c, layouts, fresh, around.edges));
      });
    },
    [canvas, client, chartId, source, hops, layouts, view.filter.linkTypes, withBusy, ctx],
  );

  const findPath = useCallback(
    (from: string, to: string) => {
      if (!drawn || !computed) return;
      const nodes = drawn.nodes.filter((n) => computed.pass.nodes.has(n.id));
      const edges = drawn.edges.filter((e) => computed.pass.edges.has(e.id));
      const p = shortestPath(nodes, edges, from, to, { directed: view.directed, weighted: view.weighted });
      if (!p) report(new Error('No path joins these two under the current filters and direction setting.'));
      ctx.setPath(p);
    },
    [drawn, computed, view.directed, view.weighted, report, ctx],
  );

  const footer = async (): Promise<ExportFooter> => {
    const s = await client.call('case:current');
    return {
      title: s?.title ?? 'Untitled case',
      tlp: s?.tlp ?? 'TLP:AMBER',
      date: new Date().toISOString(),
      chartName: source?.chart.name ?? 'Chart',
    };
  };
  const withCanvas = (label: string, fn: (c: ChartCanvas) => Promise<unknown>) => {
    const c = canvas.current;
    if (c) void withBusy(label, () => fn(c));
  };
  const removeIds = (ids: string[]) => {
    if (ids.length)
      void withBusy('Removing…', async () =>
        ctx.setSource(await client.call('chart:remove-nodes', { chartId, subjectIds: ids })),
      );
  };

  const actions: ToolbarActions = {
    layout: (name) =>
      withCanvas(`Running ${name} layout…`, async (c) => {
        const values =
          name === 'concentric' && drawn
            ? (computed?.scores ?? measure('degree', drawn.nodes, drawn.edges))
            : undefined;
        await runNamedLayout(c, layouts, name, values);
        await savePositions(client, chartId, c);
      }),
    fit: () => canvas.current?.fit(),
    expand: () => expand(selectedIds),
    hide: () => {
      canvas.current?.cy.$(':selected').addClass('user-hidden').unselect();
      ctx.saveLayout();
    },
    showHidden: () => {
      canvas.current?.cy.$('.user-hidden').removeClass('user-hidden');
      ctx.saveLayout();
    },
    remove: () => removeIds(selectedIds.filter((id) => !id.startsWith('event-link:'))),
    lock: (locked) => {
      canvas.current?.cy.$('node:selected').forEach((n) => {
        if (locked) n.lock().addClass('locked');
        else n.unlock().removeClass('locked');
      });
      ctx.saveLayout();
    },
    group: () =>
      withCanvas('Grouping…', async (c) => {
        const members = c.cy.$('node:selected').not('.group');
        const id = crypto.randomUUID();
        c.cy.add({
          group: 'nodes',
          data: {
            id,
            label: `Group ${c.cy.nodes('.group').length + 1}`,
            kind: 'group',
            color: '#8893a3',
            border: '#8893a3',
            size: 34,
          },
          classes: 'group',
        });
        members.move({ parent: id });
        await savePositions(client, chartId, c);
      }),
    ungroup: () =>
      withCanvas('Ungrouping…', async (c) => {
        const groups = (c.cy.$('node:selected').toArray() as NodeSingular[]).map((n) =>
          n.hasClass('group') ? n : n.parent().first(),
        );
        const ids = [...new Set(groups.filter((g) => g.nonempty()).map((g) => g.id()))];
        if (!ids.length) return;
        for (const id of ids) c.cy.getElementById(id).children().move({ parent: null });
        await savePositions(client, chartId, c);
        ctx.setSource(await client.call('chart:remove-nodes', { chartId, subjectIds: ids }));
      }),
    path: () => {
      if (selectedIds.length === 2) findPath(selectedIds[0]!, selectedIds[1]!);
    },
    clearPath: () => ctx.setPath(null),
    toggleNeighbours: () => ctx.setShowNeighbours((v) => !v),
    toggleLinkTool: () => ctx.setLinkTool((v) => !v),
    toggleCollapseEvents: () => {
      ctx.setView({ ...view, collapseEvents: !ctx.eventsCollapsed });
      ctx.requestRelayout();
    },
    exportPng: (scale) =>
      withCanvas('Exporting PNG…', async (c) =>
        download(await chartToPng(c.cy, await footer(), scale), `${fileName(source)}.png`),
      ),
    exportSvg: () =>
      withCanvas('Exporting SVG…', async (c) =>
        download(
          new Blob([await chartToSvg(c.cy, await footer())], { type: 'image/svg+xml' }),
          `${fileName(source)}.svg`,
        ),
      ),
    print: () => withCanvas('Preparing to print…', async (c) => printChart(c.cy, await footer())),
  };

  const runMenu = (action: MenuAction, id: string) => {
    const only = () => {
      const c = canvas.current;
      c?.cy.elements().unselect();
      c?.cy.getElementById(id).select();
    };
    switch (action) {
      case 'expand':
        return expand([id]);
      case 'path-from':
        return ctx.setPathFrom(id);
      case 'remove':
        return removeIds([id]);
      case 'highlight':
        only();
        return ctx.setShowNeighbours(() => true);
      case 'pin':
      case 'unpin':
        only();
        return actions.lock(action === 'pin');
      case 'hide':
        only();
        return actions.hide();
    }
  };

  return { actions, runMenu, expand, findPath };
}

function fileName(data: ChartData | null): string {
  return (data?.chart.name ?? 'chart').replace(/[^\p{L}\p{N}_ -]+/gu, '').trim() || 'chart';
}
