import { afterEach, describe, expect, test } from 'vitest';
import { keptTimelineSource, timelineSource } from '../../../../main/core/analysis/timeline-events.js';
import { timelineWindow } from '../../../../main/core/analysis/timeline-window.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { randomCase } from './random-case.js';
import { referenceTimelineSource } from './reference-reads.js';

const tempDir = useTempDir();
let open: CaseStore[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

describe('the timeline source, read with lean SQL', () => {
  test.each([1, 2, 3])('random case %i: the same events, lanes and windows as reading every record', (seed) => {
    const { store } = randomCase(tempDir(), seed);
    // A participant twice in one event, and a quantity that takes part: both as before.
    const some = store.list('participant')[0]!;
    store.insert('participant', { eventId: some.eventId, entityId: some.entityId, role: 'target' });
    const five = store.insert('entity', { type: 'thing', label: '5', properties: {}, notes: '', status: 'suggested' });
    store.insert('participant', { eventId: some.eventId, entityId: five.id, role: 'other' });
    open.push(store);
    for (const knownFrom of [false, true]) {
      const fast = timelineSource(store, { knownFrom });
      const old = referenceTimelineSource(store, { knownFrom });
      expect(fast.events).toEqual(old.events);
      for (const e of store.list('entity')) expect(fast.entities.get(e.id)).toEqual(old.entities.get(e.id));
      expect([...fast.documents]).toEqual([...old.documents]);
    }
    const src = timelineSource(store, { knownFrom: true });
    // Every awkward part is there to compare: open ends, types, citing documents, reports.
    expect(src.events.some((e) => e.span.openEnd)).toBe(true);
    expect(new Set(src.events.map((e) => e.type)).size).toBeGreaterThan(2);
    expect(src.events.some((e) => e.documents.length && e.knownFrom && e.knownFrom !== e.startAt)).toBe(true);
    const old = referenceTimelineSource(store, { knownFrom: true });
    for (const lanes of ['entity', 'type', 'document'] as const) {
      for (const req of [
        { lanes, laneLimit: 4, limit: 600 },
        { lanes, laneLimit: 4, limit: 5 },
        { lanes, laneLimit: 12, limit: 600, asOf: '2021-05-01' },
        { lanes, laneLimit: 12, limit: 600, from: Date.UTC(2021, 0, 1), to: Date.UTC(2021, 5, 1) },
      ]) {
        expect(timelineWindow(src, req)).toEqual(timelineWindow(old, req));
      }
    }
  });

  test('kept between calls while the case is unchanged, read again after any write', () => {
    const { store, events } = randomCase(tempDir(), 5);
    open.push(store);
    const options = { knownFrom: false, citing: false };
    const first = keptTimelineSource(store, options);
    expect(keptTimelineSource(store, options)).toBe(first);
    expect(keptTimelineSource(store, { ...options, citing: true })).not.toBe(first);
    const before = keptTimelineSource(store, options);
    const dated = events.find((e) => e.status !== 'rejected' && e.startAt === '2021-04-02')!;
    store.update('event', dated.id, { title: 'Renamed' });
    const after = keptTimelineSource(store, options);
    expect(after).not.toBe(before);
    expect(after.events.find((e) => e.id === dated.id)?.title).toBe('Renamed');
    // A write that is rolled back may read again, but never keeps a stale source.
    store.transaction(() => store.remove('event', dated.id));
    expect(keptTimelineSource(store, options).events.some((e) => e.id === dated.id)).toBe(false);
    expect(keptTimelineSource(store, options).events.map((e) => e.id)).toEqual(
      timelineSource(store, options).events.map((e) => e.id),
    );
    expect(first.events.every((e) => e.documents.length === 0)).toBe(true);
  });
});
