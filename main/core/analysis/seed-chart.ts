import { isQuantity } from '../../../lib/graph/quantity.js';
import type { WritableCase } from '../store/case-store.js';

/**
 * Fills a new chart with the heart of the case: the best-connected entities (links count
 * three times a mention), the events they take part in, placed on a spiral. Quantities are
 * left out. The chart is
 * marked `needsLayout` so the page runs its force layout on first open.
 */
export function seedChartFromCase(store: WritableCase, chartId: string, limit = 150): number {
  return store.transaction(() => {
    const chart = store.require('chart', chartId);
    const score = new Map<string, number>();
    const bump = (id: string, by: number) => score.set(id, (score.get(id) ?? 0) + by);
    for (const l of store.iterate('link')) {
      if (l.status === 'rejected') continue;
      bump(l.sourceId, 3);
      bump(l.targetId, 3);
    }
    for (const p of store.iterate('participant')) bump(p.entityId, 2);
    for (const m of store.iterate('mention')) if (score.has(m.entityId) && m.status !== 'rejected') bump(m.entityId, 1);
    // Rejected entities and quantities (they belong to the events they count) are never seeded.
    const chartable = (id: string) => {
      const e = store.get('entity', id);
      return !!e && e.status !== 'rejected' && !isQuantity(e);
    };
    const chosen = [...score]
      .filter(([id]) => chartable(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => id);
    const set = new Set(chosen);
    const events = new Set<string>();
    for (const p of store.iterate('participant')) if (set.has(p.entityId)) events.add(p.eventId);
    for (const id of events) if (store.get('event', id)?.status === 'rejected') events.delete(id);
    const subjects = [...chosen, ...events];
    store.insertMany(
      'chartNode',
      subjects.map((subjectId, i) => {
        const a = i * 2.399963;
        const r = 45 * Math.sqrt(i);
        return {
          chartId,
          subjectId,
          x: r * Math.cos(a),
          y: r * Math.sin(a),
          style: {},
          locked: false,
          hidden: false,
          groupId: null,
        };
      }),
      'chart-seed',
    );
    store.update('chart', chartId, { settings: { ...chart.settings, needsLayout: true } });
    return subjects.length;
  });
}
