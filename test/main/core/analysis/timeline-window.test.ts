import { describe, expect, test } from 'vitest';
import { timeSpan } from '../../../../lib/graph/time-span.js';
import type { DatedEvent, TimelineSource } from '../../../../main/core/analysis/timeline-events.js';
import { OTHER_LANE, timelineWindow } from '../../../../main/core/analysis/timeline-window.js';

/** 100 events over March 2026, two old outliers (1997, 2001) and one far one (2030); three entities. */
function source(): TimelineSource {
  const events: DatedEvent[] = [];
  const add = (id: string, date: string, entities: string[]) => {
    const span = timeSpan(date, null, 'day')!;
    events.push({
      id,
      title: `Event ${id}`,
      startAt: date,
      endAt: null,
      precision: 'day',
      span,
      at: span.start!,
      type: 'Events',
      entities,
      documents: [],
      knownFrom: null,
    });
  };
  for (let i = 0; i < 100; i++)
    add(
      `m${i}`,
      `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      i % 3 === 0 ? ['a'] : i % 3 === 1 ? ['a', 'b'] : [],
    );
  add('old1', '1997-05-01', ['c']);
  add('old2', '2001-05-01', []);
  add('far', '2030-01-01', []);
  const entities = new Map([
    ['a', { label: 'Harbour Workers Union', type: 'organization' }],
    ['b', { label: 'Ilse Marven', type: 'person' }],
    ['c', { label: 'Velmora', type: 'location' }],
  ]);
  return { events, entities, documents: new Map() };
}

describe('timelineWindow', () => {
  test('opens on the bulk of the events, not on the outliers, and counts what lies outside', () => {
    const w = timelineWindow(source(), { lanes: 'entity', laneLimit: 12, limit: 600 });
    expect(w.window.from).toBeGreaterThan(Date.UTC(2026, 0, 1));
    expect(w.window.to).toBeLessThan(Date.UTC(2026, 5, 1));
    expect(w.window.from).toBeLessThanOrEqual(Date.UTC(2026, 2, 2));
    expect(w.window.to).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 27));
    expect(w.before.count).toBe(2);
    expect(w.after.count).toBe(1);
    expect(w.after.nearest).toBe(Date.UTC(2030, 0, 1));
    expect(w.extent).toEqual({ from: Date.UTC(1997, 4, 1), to: Date.UTC(2030, 0, 1) });
    expect(w.detail).toBe('events');
    expect(w.total).toBe(100);
  });

  test('lanes: the top entities by events, then "Other events"; an event shows in each of its lanes', () => {
    const w = timelineWindow(source(), { lanes: 'entity', laneLimit: 2, limit: 600 });
    expect(w.lanes.map((l) => l.label)).toEqual(['Harbour Workers Union', 'Ilse Marven', 'Other events']);
    const both = w.events.find((e) => e.id === 'm1')!;
    expect(both.lanes).toEqual(['a', 'b']);
    expect(w.events.find((e) => e.id === 'm2')!.lanes).toEqual([OTHER_LANE]);
    expect(w.lanes.some((l) => /^\d+$/.test(l.label) || l.label === 'No participants')).toBe(false);
  });

  test('a window with more events than the limit comes back as counts per lane and bucket', () => {
    const w = timelineWindow(source(), {
      from: Date.UTC(2026, 2, 1),
      to: Date.UTC(2026, 3, 1),
      lanes: 'entity',
      laneLimit: 12,
      limit: 10,
    });
    expect(w.detail).toBe('buckets');
    expect(w.events).toEqual([]);
    const counted = w.buckets.filter((b) => b.lane === 'a').reduce((s, b) => s + b.count, 0);
    expect(counted).toBe(67);
    expect(w.buckets.every((b) => b.from >= w.window.from && b.to <= w.window.to + 1)).toBe(true);
  });

  test('focus: only the events of the selected entities', () => {
    const w = timelineWindow(source(), { lanes: 'entity', laneLimit: 12, limit: 600, focusIds: ['b'] });
    expect(w.total).toBe(33);
    expect(w.events.every((e) => e.lanes.includes('b'))).toBe(true);
  });
});
