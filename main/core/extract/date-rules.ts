import { NUMBER_WORDS } from './number-words.js';
import type { ExtractedDate } from './types.js';

// Counts in "the past two decades"; beside the shared number words, the vague ones a span of
// time is given with ("the past few years").
const SPAN_COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1, several: 3, few: 3 };
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const MONTH_NAME = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;

/** Date expressions chrono-node does not resolve, as rules over the raw text. */
export function* dateRuleMatches(text: string, ref: Date): Generator<ExtractedDate> {
  const refYear = ref.getUTCFullYear();
  const refIso = ref.toISOString().slice(0, 10);

  // "since 2021", "since March 2021": an open range starting then.
  for (const m of text.matchAll(new RegExp(`\\bsince\\s+(?:${MONTH_NAME}\\s+)?${YEAR}\\b`, 'gi'))) {
    const month = m[1] ? monthIndex(m[1]) : null;
    const year = m[2] as string;
    yield {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: month ? `${year}-${String(month).padStart(2, '0')}` : year,
      endValue: null,
      precision: 'range',
    };
  }
  // "the past two decades", "the last three years", "the past decade": back from the document date.
  for (const m of text.matchAll(
    /\b(?:the\s+)?(?:past|last|previous)\s+(?:(\w+)\s+)?(decades?|years?|months?|weeks?|days?|century|centuries)\b/gi,
  )) {
    const n = m[1] ? (SPAN_COUNT_WORDS[m[1].toLowerCase()] ?? (/^\d+$/.test(m[1]) ? Number(m[1]) : NaN)) : 1;
    if (!Number.isFinite(n) || n <= 0 || n > 500) continue;
    const unit = (m[2] as string).toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
    const start = new Date(ref);
    if (unit === 'decade') start.setUTCFullYear(refYear - 10 * n);
    else if (unit === 'century') start.setUTCFullYear(refYear - 100 * n);
    else if (unit === 'year') start.setUTCFullYear(refYear - n);
    else if (unit === 'month') start.setUTCMonth(start.getUTCMonth() - n);
    else if (unit === 'week') start.setUTCDate(start.getUTCDate() - 7 * n);
    else start.setUTCDate(start.getUTCDate() - n);
    const value =
      unit === 'decade' || unit === 'century' || unit === 'year'
        ? String(start.getUTCFullYear())
        : start.toISOString().slice(0, 10);
    yield { text: m[0], start: m.index, end: m.index + m[0].length, value, endValue: refIso, precision: 'range' };
  }
  // "mid-2024", "early 2020", "late 2019": a part of a year.
  for (const m of text.matchAll(new RegExp(`\\b(mid|early|late)[-\\s]+${YEAR}\\b`, 'gi'))) {
    const part = (m[1] as string).toLowerCase();
    const y = m[2] as string;
    const [from, to] = part === 'early' ? ['01', '04'] : part === 'mid' ? ['05', '08'] : ['09', '12'];
    yield {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: `${y}-${from}`,
      endValue: `${y}-${to}`,
      precision: 'range',
    };
  }
  // "the 1990s": a decade.
  for (const m of text.matchAll(/\b(?:the\s+)?(1[89]\d0|20\d0)s\b/gi)) {
    const y = Number(m[1]);
    yield {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: String(y),
      endValue: String(y + 9),
      precision: 'range',
    };
  }
  // "in 2021", "by 2030": a bare year after a preposition.
  for (const m of text.matchAll(
    new RegExp(`\\b(?:in|by|during|until|till|before|after|from|of|since|throughout)\\s+${YEAR}\\b(?![-,.]?\\d)`, 'gi'),
  )) {
    const y = m[1] as string;
    const start = m.index + m[0].length - y.length;
    yield { text: y, start, end: start + y.length, value: y, precision: 'year' };
  }
}

function monthIndex(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(n));
  return i >= 0 ? i + 1 : null;
}
