// A case for the real-UI chart benchmark and e2e test: `n` entities linked as a seeded scale-free graph and
// one chart holding them all, not laid out yet (the chart lays it out on first open).
import { join } from 'node:path';
import { CaseStore } from '../../main/core/store/case-store.js';
import { scaleFreeGraph } from '../bench/chart/scale-free.js';

const TYPES = ['person', 'organization', 'location'];

/** A case with `n` entities linked as a scale-free graph and one chart holding them all, not laid out yet. */
export function buildChartCase(dir: string, n: number): string {
  const path = join(dir, `chart-${n}.dossier`);
  const store = CaseStore.create(path, { title: `Chart bench ${n}` });
  const g = scaleFreeGraph(n);
  const ids = new Map<string, string>();
  store.transaction(() => {
    const rows = store.insertMany(
      'entity',
      g.nodes.map((v, i) => ({
        type: TYPES[i % 3]!,
        label:
          `${['Ana', 'Boris', 'Chen', 'Dalia', 'Emil'][i % 5]} ${v.id} ${i % 7 === 0 ? 'Holdings Ltd' : ''}`.trim(),
        properties: {},
        notes: '',
        status: 'confirmed' as const,
      })),
      'bench',
    );
    rows.forEach((r, i) => ids.set(g.nodes[i]!.id, r.id));
    store.insertMany(
      'link',
      g.edges.map((e) => ({
        sourceId: ids.get(e.source)!,
        targetId: ids.get(e.target)!,
        type: 'associate',
        directed: false,
        confidence: 0.6,
        credibility: null,
        firstSeen: null,
        lastSeen: null,
        status: 'confirmed' as const,
        properties: {},
      })),
      'bench',
    );
    const chart = store.insert('chart', { name: 'Bench', viewport: {}, settings: { needsLayout: true } });
    store.insertMany(
      'chartNode',
      g.nodes.map((v, i) => ({
        chartId: chart.id,
        subjectId: ids.get(v.id)!,
        x: 45 * Math.sqrt(i) * Math.cos(i * 2.4),
        y: 45 * Math.sqrt(i) * Math.sin(i * 2.4),
        style: {},
        locked: false,
        hidden: false,
        groupId: null,
      })),
      'bench',
    );
  });
  store.close();
  return path;
}
