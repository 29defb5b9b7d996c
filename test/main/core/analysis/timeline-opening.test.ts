import { afterEach, describe, expect, test, vi } from 'vitest';
import { timelineWindowOf } from '../../../../main/core/analysis/timeline-answer.js';
import { hasKeptTimelineSource, timelineSource } from '../../../../main/core/analysis/timeline-events.js';
import { isOpeningRequest, openingWindow } from '../../../../main/core/analysis/timeline-opening.js';
import { timelineWindow } from '../../../../main/core/analysis/timeline-window.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { randomCase } from './random-case.js';
import { referenceTimelineSource } from './reference-reads.js';

const tempDir = useTempDir();
let open: CaseStore[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const s of open) s.close();
  open = [];
});

/** A random case with the awkward parts of the timeline source's own test, and a date no one can read. */
function awkwardCase(seed: number): CaseStore {
  const { store } = randomCase(tempDir(), seed, 60);
  const some = store.list('participant')[0]!;
  store.insert('participant', { eventId: some.eventId, entityId: some.entityId, role: 'target' });
  const five = store.insert('entity', { type: 'thing', label: '5', properties: {}, notes: '', status: 'suggested' });
  store.insert('participant', { eventId: some.eventId, entityId: five.id, role: 'other' });
  const odd = store.insert('event', {
    title: 'Some day',
    startAt: 'sometime',
    endAt: null,
    datePrecision: 'day',
    locationEntityId: null,
    description: '',
    status: 'confirmed',
    properties: {},
  });
  store.insert('participant', { eventId: odd.id, entityId: some.entityId, role: 'agent' });
  open.push(store);
  return store;
}

describe('the opening window, from dates and counts', () => {
  test.each([1, 2, 3, 4])('random case %i: the same answer as the window over every record', (seed) => {
    const store = awkwardCase(seed);
    const old = referenceTimelineSource(store);
    let opened = 0;
    for (const laneLimit of [1, 3, 12])
      for (const limit of [3, 20, 10_000]) {
        const req = { lanes: 'entity' as const, laneLimit, limit };
        const answer = openingWindow(store, req);
        const expected = timelineWindow(old, req);
        if (answer) {
          opened++;
          expect(answer.detail).toBe('buckets');
          expect(answer).toEqual(expected);
        } else expect(expected.detail).toBe('events');
      }
    expect(opened).toBe(6);
  });

  test('only for the request the view opens with', () => {
    expect(isOpeningRequest({ lanes: 'entity', laneLimit: 12, limit: 600 })).toBe(true);
    expect(isOpeningRequest({ lanes: 'type', laneLimit: 12, limit: 600 })).toBe(false);
    expect(isOpeningRequest({ lanes: 'entity', laneLimit: 12, limit: 600, from: 0, to: 1 })).toBe(false);
    expect(isOpeningRequest({ lanes: 'entity', laneLimit: 12, limit: 600, asOf: '2021-01-01' })).toBe(false);
    expect(isOpeningRequest({ lanes: 'entity', laneLimit: 12, limit: 600, focusIds: ['x'] })).toBe(false);
  });

  test('the full source is built a moment after the opening answer, then answers every window', () => {
    vi.useFakeTimers();
    const store = awkwardCase(7);
    const options = { knownFrom: false, citing: false };
    const req = { lanes: 'entity' as const, laneLimit: 3, limit: 5 };
    const first = timelineWindowOf(store, req);
    expect(hasKeptTimelineSource(store, options)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(hasKeptTimelineSource(store, options)).toBe(true);
    expect(timelineWindowOf(store, req)).toEqual(first);
    expect(first).toEqual(timelineWindow(timelineSource(store), req));
    const zoomed = { ...req, from: Date.UTC(2021, 0, 1), to: Date.UTC(2021, 5, 1) };
    expect(timelineWindowOf(store, zoomed)).toEqual(timelineWindow(referenceTimelineSource(store), zoomed));
  });
});
