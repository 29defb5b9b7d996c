import type { DatePrecision } from '../../preload/contract/chart.js';

/**
 * When something happened, as a span on the time axis. A month-precision date covers its whole
 * month; "since 2021" (a range with no end) is open-ended. Times are epoch milliseconds; an open
 * side is null.
 */
export interface TimeSpan {
  start: number | null;
  end: number | null;
  kind: 'point' | 'span';
  openStart: boolean;
  openEnd: boolean;
}

const PARTIAL = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The interval a possibly partial ISO date names: '2021' → all of 2021, '2021-03' → March. */
export function partialDateBounds(
  text: string,
): { from: number; to: number; unit: 'year' | 'month' | 'day' | 'instant' } | null {
  const m = PARTIAL.exec(text.trim());
  if (m) {
    const y = Number(m[1]);
    if (m[3]) {
      const from = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
      return { from, to: from + 86_400_000, unit: 'day' };
    }
    if (m[2]) return { from: Date.UTC(y, Number(m[2]) - 1, 1), to: Date.UTC(y, Number(m[2]), 1), unit: 'month' };
    return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), unit: 'year' };
  }
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : { from: t, to: t, unit: 'instant' };
}

/** Widens a date to the precision it was recorded with. */
function widen(text: string, precision: DatePrecision | null): { from: number; to: number; point: boolean } | null {
  const b = partialDateBounds(text);
  if (!b) return null;
  if (precision === 'year') {
    const y = new Date(b.from).getUTCFullYear();
    return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), point: false };
  }
  if (precision === 'month' || (b.unit === 'month' && precision !== 'day')) {
    const d = new Date(b.from);
    return {
      from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1),
      to: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
      point: false,
    };
  }
  if (b.unit === 'year') return { from: b.from, to: b.to, point: false };
  // Day precision and instants are drawn as points; `to` still bounds the day.
  return { from: b.from, to: b.to, point: true };
}

export function timeSpan(
  startAt: string | null,
  endAt: string | null,
  precision: DatePrecision | null,
): TimeSpan | null {
  const s = startAt ? widen(startAt, precision === 'range' ? null : precision) : null;
  const e = endAt ? widen(endAt, precision === 'range' ? null : precision) : null;
  if (!s && !e) return null;
  if (s && !e) {
    if (precision === 'range') return { start: s.from, end: null, kind: 'span', openStart: false, openEnd: true };
    return {
      start: s.from,
      end: s.point ? s.from : s.to,
      kind: s.point ? 'point' : 'span',
      openStart: false,
      openEnd: false,
    };
  }
  if (!s && e) {
    if (precision === 'range') return { start: null, end: e.to, kind: 'span', openStart: true, openEnd: false };
    return {
      start: e.from,
      end: e.point ? e.from : e.to,
      kind: e.point ? 'point' : 'span',
      openStart: false,
      openEnd: false,
    };
  }
  const end = Math.max(e!.to, s!.from);
  return { start: s!.from, end, kind: end === s!.from ? 'point' : 'span', openStart: false, openEnd: false };
}

/** Whether a span touches the window [from, to] (null sides are unbounded; a span's end is exclusive). */
export function overlapsWindow(span: TimeSpan, from: number | null, to: number | null): boolean {
  const s = span.start ?? -Infinity;
  const e = span.end ?? Infinity;
  return (to === null || s <= to) && (from === null || (span.kind === 'point' ? e >= from : e > from));
}

/** Epoch ms of a stored date for comparisons (the start of a partial date), or null. */
export function dateValue(text: string | null | undefined): number | null {
  if (!text) return null;
  return partialDateBounds(text)?.from ?? null;
}
