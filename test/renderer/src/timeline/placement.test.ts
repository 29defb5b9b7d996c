import { describe, expect, test } from 'vitest';
import { placeTimeline, timelineExtent } from '../../../../renderer/src/timeline/placement.js';
import { isoDay, ticks, toTime, toX, zoomAt } from '../../../../renderer/src/timeline/time-axis.js';
import { entity, eventNode } from '../../../lib/graph/chart-fixtures.js';
import type { ChartEdge } from '../../../../preload/contract/chart.js';

const participant = (id: string, eventId: string, entityId: string): ChartEdge => ({
  id, kind: 'participant', source: eventId, target: entityId, type: 'attendee', directed: false, confidence: 1, credibility: null,
  reliability: null, status: 'confirmed', firstSeen: null, lastSeen: null, knownFrom: null, citations: 0,
});

const nodes = [
  entity('ann', 'person', { label: 'Ann' }),
  entity('bob', 'person', { label: 'Bob' }),
  eventNode('m1', '2021-03', 'month', { label: 'March meeting', properties: { type: 'meeting' } }),
  eventNode('m2', '2021-03-15', 'day', { label: 'Call', properties: { type: 'call' } }),
  eventNode('since', '2021', 'range', { label: 'Employment' }),
  eventNode('nodate', null, null, { label: 'Undated' }),
];
const edges = [participant('p1', 'm1', 'ann'), participant('p2', 'm1', 'bob'), participant('p3', 'm2', 'ann')];

describe('timeline placement', () => {
  test('one lane per participant; overlapping marks stack in rows; undated events left out', () => {
    const { lanes, marks } = placeTimeline(nodes, edges, [], 'entity');
    expect(lanes.map((l) => [l.label, l.rows])).toEqual([['Ann', 2], ['Bob', 1], ['No participants', 1]]);
    const ann = marks.filter((m) => m.lane === 'ann');
    // The call on 15 March falls inside the month-long meeting: second row.
    expect(ann.map((m) => [m.id, m.row, m.span.kind])).toEqual([['m1', 0, 'span'], ['m2', 1, 'point']]);
    expect(marks.find((m) => m.id === 'since')!.span.openEnd).toBe(true);
    expect(marks.some((m) => m.id === 'nodate')).toBe(false);
  });

  test('lanes by event type, and dated documents in their own lane last', () => {
    const { lanes } = placeTimeline(nodes, edges, [{ id: 'd1', title: 'Report', publishedAt: '2021-04-02' }, { id: 'd2', title: 'Undated', publishedAt: null }], 'type');
    expect(lanes.map((l) => l.label)).toEqual(['call', 'Events', 'meeting', 'Documents']);
  });

  test('extent covers closed marks with padding', () => {
    const { marks } = placeTimeline(nodes, edges, [], 'type');
    const [lo, hi] = timelineExtent(marks)!;
    expect(lo).toBeLessThan(Date.UTC(2021, 0, 1));
    expect(hi).toBeGreaterThan(Date.UTC(2021, 3, 1));
  });
});

describe('time axis', () => {
  const scale = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2024, 0, 1), width: 800 };
  test('year ticks over four years, month ticks when zoomed in', () => {
    expect(ticks(scale).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const zoomed = zoomAt(scale, 0, 1 / 16);
    expect(ticks(zoomed)[0]!.label).toBe('Jan 2020');
  });
  test('zooming keeps the time under the cursor in place', () => {
    const z = zoomAt(scale, 300, 0.5);
    const under = toTime(scale, 300);
    expect(toX(z, under)).toBeCloseTo(300, 6);
    expect(z.to - z.from).toBe((scale.to - scale.from) / 2);
    expect(isoDay(Date.UTC(2021, 2, 4))).toBe('2021-03-04');
  });
});
