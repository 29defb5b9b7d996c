import { afterEach, describe, expect, test } from 'vitest';
import { chartCandidates } from '../../../../main/core/analysis/chart-candidates.js';
import { chartElements, loadChartData } from '../../../../main/core/analysis/chart-data.js';
import {
  createChart,
  deleteChart,
  removePlacements,
  renameChart,
  savePlacements,
} from '../../../../main/core/analysis/chart-records.js';
import { expandNeighbours } from '../../../../main/core/analysis/neighbours.js';
import { timelineData } from '../../../../main/core/analysis/timeline-data.js';
import { seedChartFromCase } from '../../../../main/core/analysis/seed-chart.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { smallCase } from './case-fixture.js';
import { randomCase } from './random-case.js';
import { referenceElements, referenceSeed } from './reference-reads.js';

const tempDir = useTempDir();
let open: CaseStore[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
function fixture() {
  const f = smallCase(tempDir());
  open.push(f.store);
  return f;
}

describe('charts in a case', () => {
  test('create, place nodes, load them with their edges, grades and dates', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Network');
    savePlacements(
      f.store,
      chart.id,
      [
        { subjectId: f.anna.id, x: 10.5, y: -3.25 },
        { subjectId: f.carl.id, x: 100, y: 0, locked: true },
        { subjectId: f.eastwind.id, x: 200, y: 50 },
        { subjectId: f.meeting.id, x: 50, y: 80 },
      ],
      { zoom: 1.5, pan: { x: 12, y: -7 } },
    );
    const data = loadChartData(f.store, chart.id);
    expect(data.viewport).toEqual({ zoom: 1.5, pan: { x: 12, y: -7 } });
    expect(data.placements.find((p) => p.subjectId === f.anna.id)).toMatchObject({ x: 10.5, y: -3.25, locked: false });
    const anna = data.nodes.find((n) => n.id === f.anna.id)!;
    // Three mentions; best source B; known since the earliest report (2021-04-02).
    expect(anna).toMatchObject({
      kind: 'entity',
      type: 'person',
      mentions: 3,
      reliability: 'B',
      knownFrom: '2021-04-02',
    });
    const meeting = data.nodes.find((n) => n.id === f.meeting.id)!;
    expect(meeting).toMatchObject({
      kind: 'event',
      startAt: '2021-03',
      precision: 'month',
      mentions: 1,
      knownFrom: '2021-04-02',
    });
    const edgeTypes = data.edges.map((e) => `${e.kind}:${e.type}`).sort();
    expect(edgeTypes).toEqual(['link:associate', 'link:director-of', 'participant:attendee', 'participant:attendee']);
    const runs = data.edges.find((e) => e.id === f.runs.id)!;
    expect(runs).toMatchObject({
      directed: true,
      confidence: 0.9,
      credibility: 2,
      reliability: 'D',
      citations: 1,
      knownFrom: '2022-06',
    });
  });

  test('a chart read in SQL gives the same nodes and edges as the old per-node queries', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Bulk');
    savePlacements(
      f.store,
      chart.id,
      [f.anna, f.carl, f.riga, f.eastwind, f.meeting].map((s, i) => ({ subjectId: s.id, x: i, y: i })),
    );
    const ids = loadChartData(f.store, chart.id).placements.map((p) => p.subjectId);
    const fast = chartElements(f.store, ids);
    const old = referenceElements(f.store, ids);
    expect(fast.nodes).toEqual(old.nodes);
    expect(byId(fast.edges)).toEqual(byId(old.edges));
    expect(old.edges).toHaveLength(4);
  });

  test.each([1, 2, 3])('random case %i: every subject, read in SQL and by the old queries, is the same', (seed) => {
    const { store, entities, events } = randomCase(tempDir(), seed);
    open.push(store);
    // Every entity and event, plus ids that are neither (a group, a deleted subject).
    const ids = [...events.map((e) => e.id), ...entities.map((e) => e.id), 'group-1', 'gone'];
    const fast = chartElements(store, ids);
    const old = referenceElements(store, ids);
    expect(fast.nodes).toEqual(old.nodes);
    expect(byId(fast.edges)).toEqual(byId(old.edges));
    expect(fast.nodes.some((n) => n.mentions > 0 && n.reliability && n.knownFrom)).toBe(true);
    expect(fast.edges.length).toBeGreaterThan(20);
    // A part of the case: only edges with both ends on it.
    const part = ids.filter((_, i) => i % 3 === 0);
    const fastPart = chartElements(store, part);
    const oldPart = referenceElements(store, part);
    expect(fastPart.nodes).toEqual(oldPart.nodes);
    expect(byId(fastPart.edges)).toEqual(byId(oldPart.edges));
  });

  test('saving unchanged placements writes nothing; a moved node is updated', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Moves');
    savePlacements(f.store, chart.id, [{ subjectId: f.anna.id, x: 1, y: 2 }]);
    const before = f.store.auditLog().length;
    savePlacements(f.store, chart.id, [{ subjectId: f.anna.id, x: 1, y: 2 }]);
    expect(f.store.auditLog().length).toBe(before);
    savePlacements(f.store, chart.id, [{ subjectId: f.anna.id, x: 5, y: 2, hidden: true }]);
    expect(loadChartData(f.store, chart.id).placements[0]).toMatchObject({ x: 5, y: 2, hidden: true });
  });

  test('a placement for an unknown subject refuses the whole save', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Bad');
    expect(() =>
      savePlacements(f.store, chart.id, [
        { subjectId: f.anna.id, x: 1, y: 2 },
        { subjectId: '0190a0a0-0000-7000-8000-000000000000', x: 0, y: 0 },
      ]),
    ).toThrow(/not an entity, event or group/);
    expect(loadChartData(f.store, chart.id).placements).toEqual([]);
  });

  test('groups are placements of their own; removing one ungroups its members', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Groups');
    const groupId = '0190a0a0-0000-7000-8000-00000000abcd';
    savePlacements(f.store, chart.id, [
      { subjectId: groupId, x: 0, y: 0, style: { group: true, label: 'Family' } },
      { subjectId: f.anna.id, x: 1, y: 1, groupId },
    ]);
    expect(loadChartData(f.store, chart.id).placements).toHaveLength(2);
    removePlacements(f.store, chart.id, [groupId]);
    const after = loadChartData(f.store, chart.id);
    expect(after.placements).toEqual([expect.objectContaining({ subjectId: f.anna.id, groupId: null })]);
  });

  test('names are unique; rename and delete; entities stay in the case', () => {
    const f = fixture();
    const a = createChart(f.store, 'A');
    expect(() => createChart(f.store, 'A')).toThrow(/already exists/);
    createChart(f.store, 'B');
    expect(() => renameChart(f.store, a.id, 'B')).toThrow(/already exists/);
    expect(renameChart(f.store, a.id, 'C').name).toBe('C');
    savePlacements(f.store, a.id, [{ subjectId: f.anna.id, x: 0, y: 0 }]);
    deleteChart(f.store, a.id);
    expect(f.store.get('chart', a.id)).toBeNull();
    expect(f.store.count('chartNode')).toBe(0);
    expect(f.store.get('entity', f.anna.id)).not.toBeNull();
  });
});

describe('neighbours and candidates', () => {
  test('one hop from Carl: links and the event he attended; two hops reach the event’s other participants', () => {
    const f = fixture();
    const one = expandNeighbours(f.store, [f.carl.id], 1);
    expect(one.nodes.map((n) => n.label).sort()).toEqual(['Anna Berg', 'Carl Dorn', 'Eastwind Ltd', 'Meeting in Riga']);
    const byType = expandNeighbours(f.store, [f.carl.id], 2, ['director-of']);
    expect(byType.nodes.map((n) => n.label).sort()).toEqual(['Carl Dorn', 'Eastwind Ltd']);
    const viaEvent = expandNeighbours(f.store, [f.eastwind.id], 3, ['director-of', 'participant']);
    expect(viaEvent.nodes.map((n) => n.label).sort()).toEqual([
      'Anna Berg',
      'Carl Dorn',
      'Eastwind Ltd',
      'Meeting in Riga',
    ]);
  });

  test('the side panel finds entities by name prefix and events by title, marking those on the chart', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Panel');
    savePlacements(f.store, chart.id, [{ subjectId: f.anna.id, x: 0, y: 0 }]);
    const found = chartCandidates(f.store, chart.id, 'ann', undefined, 10);
    expect(found).toEqual([expect.objectContaining({ id: f.anna.id, onChart: true })]);
    expect(
      chartCandidates(f.store, chart.id, 'riga', undefined, 10)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['entity', 'event']);
    expect(chartCandidates(f.store, chart.id, '', 'event', 10).map((c) => c.label)).toEqual(['Meeting in Riga']);
  });
});

describe('timeline data', () => {
  test('events with their participants and the dated documents', () => {
    const f = fixture();
    const t = timelineData(f.store);
    expect(t.nodes.map((n) => n.label).sort()).toEqual(['Anna Berg', 'Carl Dorn', 'Meeting in Riga']);
    expect(t.edges.map((e) => e.target).sort()).toEqual([f.anna.id, f.carl.id].sort());
    expect(t.documents.map((d) => d.publishedAt)).toEqual(['2021-04-02', '2022-06-01']);
  });
});

describe('a chart seeded from the case', () => {
  test('holds the linked entities and their events, marked for a first layout; all or nothing', () => {
    const f = fixture();
    const chart = createChart(f.store, 'Whole case');
    expect(seedChartFromCase(f.store, chart.id)).toBe(4);
    const data = loadChartData(f.store, chart.id);
    expect(data.nodes.map((n) => n.label).sort()).toEqual([
      'Anna Berg',
      'Carl Dorn',
      'Eastwind Ltd',
      'Meeting in Riga',
    ]);
    expect(data.settings.needsLayout).toBe(true);
    expect(new Set(data.placements.map((p) => `${p.x},${p.y}`)).size).toBe(4);
    expect(data.settings.seeded).toEqual({ entities: 3, entitiesInCase: 4, events: 1, eventsOfThese: 1 });
  });

  test.each([1, 2, 3])('random case %i: ranked in SQL, the same entities and events as the old JS ranking', (seed) => {
    const { store } = randomCase(tempDir(), seed, 40);
    open.push(store);
    for (const limit of [5, 25, 1000]) {
      const chart = createChart(store, `Seed ${limit}`);
      const old = referenceSeed(store, limit);
      // Room for every event: the same chart as before.
      const n = seedChartFromCase(store, chart.id, limit, 100_000);
      const placed = store.list('chartNode', { chartId: chart.id });
      expect(n).toBe(old.entities.length + old.events.size);
      const ids = new Set(placed.map((p) => p.subjectId));
      expect(ids).toEqual(new Set([...old.entities, ...old.events]));
      expect(store.require('chart', chart.id).settings.seeded).toMatchObject({
        entities: old.entities.length,
        events: old.events.size,
        eventsOfThese: old.events.size,
      });
    }
    expect(referenceSeed(store, 5).events.size).toBeGreaterThan(5);
  });

  test('a seeded chart stops at its node budget: the events joining the most chosen entities first', () => {
    const { store } = randomCase(tempDir(), 4, 60);
    open.push(store);
    const chart = createChart(store, 'Overview');
    const old = referenceSeed(store, 20);
    expect(old.events.size).toBeGreaterThan(10);
    expect(seedChartFromCase(store, chart.id, 20, 30)).toBe(30);
    const placed = store.list('chartNode', { chartId: chart.id }).map((p) => p.subjectId);
    const chosen = new Set(old.entities);
    const events = placed.filter((id) => !chosen.has(id));
    expect(placed.filter((id) => chosen.has(id))).toHaveLength(20);
    expect(events).toHaveLength(10);
    for (const id of events) expect(old.events.has(id)).toBe(true);
    // Every event left out joins no more of the chosen entities than the least joined one kept.
    const joined = (id: string) =>
      new Set(
        store
          .list('participant', { eventId: id })
          .map((p) => p.entityId)
          .filter((e) => chosen.has(e)),
      ).size;
    const least = Math.min(...events.map(joined));
    for (const id of old.events) if (!events.includes(id)) expect(joined(id)).toBeLessThanOrEqual(least);
    expect(store.require('chart', chart.id).settings.seeded).toEqual({
      entities: 20,
      entitiesInCase: store.list('entity').filter((e) => e.status !== 'rejected').length,
      events: 10,
      eventsOfThese: old.events.size,
    });
  });
});
