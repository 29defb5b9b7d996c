import { isQuantity } from '../../../lib/graph/quantity.js';
import type { WritableCase } from '../store/case-store.js';

/** How many entities a case overview starts with, and how many nodes at most in all. */
export const SEED_ENTITIES = 150;
export const SEED_NODES = 500;

/** What a seeded chart shows of the case, kept in its settings for the chart to say so. */
export interface SeedNote {
  entities: number;
  /** Entities of the case that are not rejected. */
  entitiesInCase: number;
  events: number;
  /** Events (not rejected) the chosen entities take part in. */
  eventsOfThese: number;
}

/**
 * Fills a new chart with the heart of the case: the best-connected entities (a link counts three
 * times, taking part in an event twice, a mention once; only entities with a link or an event
 * count), then the events they take part in, those joining the most of them first, up to
 * `maxNodes` in all — a chart that can be read and laid out, not the whole case (at 20,000
 * documents the top 150 entities take part in ~45,000 events). Quantities and rejected records
 * are left out. Ranked in SQL (store/chart-reads.ts), never by reading every mention. The
 * chart is marked `needsLayout` so the page runs its force layout on first open, and its
 * settings say what was left out (`seeded`: "showing 150 of 48,000 entities").
 */
export function seedChartFromCase(
  store: WritableCase,
  chartId: string,
  limit = SEED_ENTITIES,
  maxNodes = SEED_NODES,
): number {
  return store.transaction(() => {
    const chart = store.require('chart', chartId);
    const reads = store.chartReads();
    const chosen: string[] = [];
    // Quantities are few and filtered here (their test is on the label): ask for more until full.
    for (let offset = 0, page = limit; chosen.length < limit; offset += page, page *= 2) {
      const ranked = reads.seedRanking(page, offset);
      for (const r of ranked) if (chosen.length < limit && !isQuantity(r)) chosen.push(r.id);
      if (ranked.length < page) break;
    }
    const events = reads.eventsOfEntities(chosen, Math.max(0, maxNodes - chosen.length));
    const subjects = [...chosen, ...events.ids];
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
    const seeded: SeedNote = {
      entities: chosen.length,
      entitiesInCase: reads.liveEntityCount(),
      events: events.ids.length,
      eventsOfThese: events.total,
    };
    store.update('chart', chartId, { settings: { ...chart.settings, needsLayout: true, seeded: { ...seeded } } });
    return subjects.length;
  });
}
