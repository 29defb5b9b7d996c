import type { chartMethods } from '../../preload/contract/chart.js';
import { chartCandidates } from '../core/analysis/chart-candidates.js';
import { journalledChartEdit } from '../core/analysis/chart-edits.js';
import { chartSummary, loadChartData } from '../core/analysis/chart-data.js';
import { saveFirstLayout } from '../core/analysis/chart-first-layout.js';
import {
  createChart,
  deleteChart,
  removePlacements,
  renameChart,
  savePlacements,
} from '../core/analysis/chart-records.js';
import { citationChoices, citationsOf, createLink } from '../core/analysis/link-citations.js';
import { expandNeighbours } from '../core/analysis/neighbours.js';
import { seedChartFromCase } from '../core/analysis/seed-chart.js';
import { timelineData } from '../core/analysis/timeline-data.js';
import { timelineWindowOf } from '../core/analysis/timeline-answer.js';
import { historyState } from '../core/entities/history-state.js';
import { journalledWrite } from '../core/entities/journalled.js';
import type { DomainHandlers } from './define.js';
import { linkTypeLabel } from '../../lib/vocabulary/event-types.js';

/** The link chart's methods: thin wiring; the logic is in main/core/analysis. */
export const chartHandlers: DomainHandlers<typeof chartMethods> = {
  'chart:list': (_args, ctx) => {
    const store = ctx.session.require();
    return store.list('chart', {}, { orderBy: 'name' }).map((c) => chartSummary(store, c));
  },
  'chart:create': ({ name, fromCase }, ctx) => {
    const store = ctx.session.requireWritable();
    const { value: summary } = journalledChartEdit(store, name, (s) => {
      const created = createChart(s, name);
      if (fromCase) seedChartFromCase(s, created.id);
      return chartSummary(s, s.require('chart', created.id));
    });
    ctx.changed(['chart', 'chartNode']);
    return summary;
  },
  'chart:rename': ({ chartId, name }, ctx) => {
    const store = ctx.session.requireWritable();
    const { value: summary } = journalledChartEdit(store, name, (s) => renameChart(s, chartId, name));
    ctx.changed(['chart']);
    return summary;
  },
  'chart:delete': ({ chartId }, ctx) => {
    const store = ctx.session.requireWritable();
    journalledChartEdit(store, store.require('chart', chartId).name, (s) => deleteChart(s, chartId));
    ctx.changed(['chart', 'chartNode']);
    return null;
  },
  'chart:get': ({ chartId }, ctx) => loadChartData(ctx.session.require(), chartId),
  // No change event: the page that saved already shows these positions, and a reload of a
  // large chart after every drag would cost more than the save.
  // The placements are an undo step; the viewport is view state and is not.
  'chart:save-layout': ({ chartId, placements, viewport, automatic }, ctx) => {
    const store = ctx.session.requireWritable();
    if (automatic) return saveFirstLayout(store, chartId, placements, viewport);
    const { value, operationId } = store.transaction(() => {
      const edit = journalledChartEdit(store, store.require('chart', chartId).name, (s) =>
        savePlacements(s, chartId, placements),
      );
      return viewport ? { ...edit, value: savePlacements(store, chartId, [], viewport) } : edit;
    });
    if (operationId) ctx.events.emit('history:changed', historyState(store));
    return value;
  },
  'chart:save-view': ({ chartId, viewport, settings }, ctx) => {
    const store = ctx.session.requireWritable();
    const chart = store.transaction(() => {
      store.require('chart', chartId);
      return store.update('chart', chartId, {
        ...(viewport ? { viewport: { ...viewport } } : {}),
        ...(settings ? { settings } : {}),
      });
    });
    return chartSummary(store, chart);
  },
  'chart:add-nodes': ({ chartId, placements }, ctx) => {
    const store = ctx.session.requireWritable();
    journalledChartEdit(store, store.require('chart', chartId).name, (s) => savePlacements(s, chartId, placements));
    ctx.changed(['chartNode']);
    return loadChartData(store, chartId);
  },
  'chart:remove-nodes': ({ chartId, subjectIds }, ctx) => {
    const store = ctx.session.requireWritable();
    journalledChartEdit(store, store.require('chart', chartId).name, (s) => removePlacements(s, chartId, subjectIds));
    ctx.changed(['chartNode']);
    return loadChartData(store, chartId);
  },
  'chart:neighbours': ({ subjectIds, hops, linkTypes }, ctx) =>
    expandNeighbours(ctx.session.require(), subjectIds, hops, linkTypes),
  'chart:candidates': ({ chartId, query, type, limit }, ctx) =>
    chartCandidates(ctx.session.require(), chartId, query, type, limit),
  'chart:citation-choices': ({ sourceId, targetId }, ctx) => citationChoices(ctx.session.require(), sourceId, targetId),
  'chart:create-link': (args, ctx) => {
    const store = ctx.session.requireWritable();
    const source = store.require('entity', args.sourceId);
    const target = store.require('entity', args.targetId);
    const { value: edge } = journalledWrite(
      store,
      'create-link',
      `link "${source.label}" ${linkTypeLabel(args.type)} "${target.label}"`,
      (s) => createLink(s, args),
    );
    ctx.changed(['link', 'citation']);
    return edge;
  },
  'chart:timeline': (_args, ctx) => timelineData(ctx.session.require()),
  'chart:timeline-window': (args, ctx) => timelineWindowOf(ctx.session.require(), args),
  'chart:citations': ({ subjectId }, ctx) => citationsOf(ctx.session.require(), subjectId),
};
