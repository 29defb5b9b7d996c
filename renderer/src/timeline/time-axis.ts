/**
 * The timeline's axis: a linear map from time to pixels and tick marks at calendar units that
 * suit the zoom (years, quarters, months, days, hours).
 */
export interface TimeScale {
  from: number;
  to: number;
  width: number;
}

export const toX = (s: TimeScale, t: number) => ((t - s.from) / (s.to - s.from)) * s.width;
export const toTime = (s: TimeScale, x: number) => s.from + (x / s.width) * (s.to - s.from);

/** Zooms by `factor` (< 1 zooms in) keeping the time under pixel `x` fixed. */
export function zoomAt(s: TimeScale, x: number, factor: number): TimeScale {
  const t = toTime(s, x);
  const span = Math.min(Math.max((s.to - s.from) * factor, 3_600_000), 500 * 365.25 * 86_400_000);
  const from = t - (x / s.width) * span;
  return { ...s, from, to: from + span };
}

export function panBy(s: TimeScale, dx: number): TimeScale {
  const dt = (dx / s.width) * (s.to - s.from);
  return { ...s, from: s.from - dt, to: s.to - dt };
}

const DAY = 86_400_000;
type Unit = { name: 'year' | 'month' | 'day' | 'hour'; step: number; approx: number };
const UNITS: Unit[] = [
  { name: 'hour', step: 1, approx: 3_600_000 },
  { name: 'hour', step: 6, approx: 6 * 3_600_000 },
  { name: 'day', step: 1, approx: DAY },
  { name: 'day', step: 7, approx: 7 * DAY },
  { name: 'month', step: 1, approx: 30.4 * DAY },
  { name: 'month', step: 3, approx: 91 * DAY },
  { name: 'year', step: 1, approx: 365.25 * DAY },
  { name: 'year', step: 5, approx: 5 * 365.25 * DAY },
  { name: 'year', step: 10, approx: 10 * 365.25 * DAY },
  { name: 'year', step: 50, approx: 50 * 365.25 * DAY },
];

/** Ticks at least `minGap` px apart, on calendar boundaries (UTC). */
export function ticks(s: TimeScale, minGap = 80): { t: number; label: string }[] {
  const perPx = (s.to - s.from) / s.width;
  const unit = UNITS.find((u) => u.approx / perPx >= minGap) ?? UNITS[UNITS.length - 1]!;
  const out: { t: number; label: string }[] = [];
  const d = new Date(s.from);
  let t: Date;
  if (unit.name === 'year') t = new Date(Date.UTC(Math.floor(d.getUTCFullYear() / unit.step) * unit.step, 0, 1));
  else if (unit.name === 'month')
    t = new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / unit.step) * unit.step, 1));
  else if (unit.name === 'day') t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  else
    t = new Date(
      Date.UTC(
        d.getUTCFullYear(),
        d.getUTCMonth(),
        d.getUTCDate(),
        Math.floor(d.getUTCHours() / unit.step) * unit.step,
      ),
    );
  for (let guard = 0; t.getTime() <= s.to && guard < 1000; guard++) {
    if (t.getTime() >= s.from) out.push({ t: t.getTime(), label: tickLabel(t, unit.name) });
    if (unit.name === 'year') t = new Date(Date.UTC(t.getUTCFullYear() + unit.step, 0, 1));
    else if (unit.name === 'month') t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + unit.step, 1));
    else if (unit.name === 'day') t = new Date(t.getTime() + unit.step * DAY);
    else t = new Date(t.getTime() + unit.step * 3_600_000);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function tickLabel(t: Date, unit: Unit['name']): string {
  if (unit === 'year') return String(t.getUTCFullYear());
  if (unit === 'month') return t.getUTCMonth() === 0 ? `${MONTHS[0]} ${t.getUTCFullYear()}` : MONTHS[t.getUTCMonth()]!;
  if (unit === 'day')
    return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}${t.getUTCDate() === 1 && t.getUTCMonth() === 0 ? ` ${t.getUTCFullYear()}` : ''}`;
  return `${String(t.getUTCHours()).padStart(2, '0')}:00`;
}

/** ISO date (yyyy-mm-dd) of a time, for windows and the play-through date. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
