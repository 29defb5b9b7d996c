import type { DatePrecision } from '../../preload/contract/chart.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An event's date as an analyst writes it, to its precision: "30 Nov 2025", "Nov 2025", "2025",
 * "since Mar 2021", "Nov 2025 – Jan 2026". Null when undated.
 */
export function eventDateText(
  startAt: string | null,
  endAt: string | null,
  precision: DatePrecision | null,
): string | null {
  if (!startAt && !endAt) return null;
  const one = (iso: string) => {
    const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
    if (!m) return iso;
    const year = m[1]!;
    const month = m[2] && precision !== 'year' ? MONTHS[Number(m[2]) - 1] : null;
    const day = m[3] && precision !== 'year' && precision !== 'month' ? String(Number(m[3])) : null;
    return [day, month, year].filter(Boolean).join(' ');
  };
  if (startAt && !endAt) return precision === 'range' ? `since ${one(startAt)}` : one(startAt);
  if (!startAt && endAt) return `until ${one(endAt)}`;
  const a = one(startAt!);
  const b = one(endAt!);
  return a === b ? a : `${a} – ${b}`;
}
