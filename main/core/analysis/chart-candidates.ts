import type { ChartCandidate } from '../../../preload/contract/chart.js';
import { isQuantity } from '../../../lib/graph/quantity.js';
import type { ReadableCase } from '../store/case-store.js';
import { plainQuery } from '../store/search.js';

/**
 * What the side panel offers to put on a chart: entities found by name or alias (full-text,
 * every word a prefix) and events by title; rejected ones are left out. Type 'event' lists
 * events only; another type lists entities of that type only.
 */
export function chartCandidates(
  store: ReadableCase,
  chartId: string,
  query: string,
  type: string | undefined,
  limit: number,
): ChartCandidate[] {
  store.require('chart', chartId);
  const onChart = new Set(store.list('chartNode', { chartId }).map((n) => n.subjectId));
  const q = query.trim();
  const out: ChartCandidate[] = [];
  if (type !== 'event') {
    const fts = q ? plainQuery(q) : '';
    const entities = fts
      ? store
          .searchNames(fts, limit * 2)
          .map((h) => store.get('entity', h.entityId))
          .filter((e) => e !== null)
      : store.list('entity', type ? { type } : {}, { limit: limit * 2, orderBy: 'label' });
    for (const e of entities) {
      if (e.status === 'rejected' || (type && e.type !== type) || isQuantity(e)) continue;
      out.push({ id: e.id, kind: 'entity', type: e.type, label: e.label, onChart: onChart.has(e.id) });
    }
  }
  if (!type || type === 'event') {
    const needle = q.toLocaleLowerCase();
    for (const ev of store.iterate('event')) {
      if (ev.status === 'rejected' || (needle && !ev.title.toLocaleLowerCase().includes(needle))) continue;
      out.push({ id: ev.id, kind: 'event', type: 'event', label: ev.title, onChart: onChart.has(ev.id) });
      if (out.length >= limit * 2) break;
    }
  }
  return out.slice(0, limit);
}
