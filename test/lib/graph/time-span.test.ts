import { describe, expect, test } from 'vitest';
import { overlapsWindow, partialDateBounds, timeSpan } from '../../../lib/graph/time-span.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('time spans', () => {
  test('partial dates name their whole year, month or day', () => {
    expect(partialDateBounds('2021')).toEqual({ from: utc(2021, 1), to: utc(2022, 1), unit: 'year' });
    expect(partialDateBounds('2021-02')).toEqual({ from: utc(2021, 2), to: utc(2021, 3), unit: 'month' });
    expect(partialDateBounds('2021-02-28')).toEqual({ from: utc(2021, 2, 28), to: utc(2021, 3, 1), unit: 'day' });
    expect(partialDateBounds('not a date')).toBeNull();
  });

  test('a day is a point, a month-precision date is a span over its month', () => {
    expect(timeSpan('2021-03-04', null, 'day')).toEqual({
      start: utc(2021, 3, 4),
      end: utc(2021, 3, 4),
      kind: 'point',
      openStart: false,
      openEnd: false,
    });
    expect(timeSpan('2021-03-04', null, 'month')).toEqual({
      start: utc(2021, 3),
      end: utc(2021, 4),
      kind: 'span',
      openStart: false,
      openEnd: false,
    });
    expect(timeSpan('2021', null, 'year')).toEqual({
      start: utc(2021, 1),
      end: utc(2022, 1),
      kind: 'span',
      openStart: false,
      openEnd: false,
    });
  });

  test('"since 2021" is open-ended; "until May 2020" is open at the start', () => {
    expect(timeSpan('2021', null, 'range')).toEqual({
      start: utc(2021, 1),
      end: null,
      kind: 'span',
      openStart: false,
      openEnd: true,
    });
    expect(timeSpan(null, '2020-05', 'range')).toEqual({
      start: null,
      end: utc(2020, 6),
      kind: 'span',
      openStart: true,
      openEnd: false,
    });
  });

  test('a closed range runs to the end of its last day', () => {
    expect(timeSpan('2021-01-10', '2021-01-12', 'range')).toMatchObject({
      start: utc(2021, 1, 10),
      end: utc(2021, 1, 13),
      kind: 'span',
    });
    expect(timeSpan(null, null, 'day')).toBeNull();
  });

  test('window overlap with open sides', () => {
    const since = timeSpan('2021', null, 'range')!;
    expect(overlapsWindow(since, utc(2030, 1), utc(2031, 1))).toBe(true);
    expect(overlapsWindow(since, utc(2019, 1), utc(2020, 1))).toBe(false);
    const point = timeSpan('2021-03-04', null, 'day')!;
    expect(overlapsWindow(point, utc(2021, 3, 4), utc(2021, 3, 4))).toBe(true);
    expect(overlapsWindow(point, null, utc(2021, 3, 3))).toBe(false);
  });
});
