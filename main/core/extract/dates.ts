// English only: the package root also loads fifteen other locales (≈0.5 s CPU per worker start).
import * as chrono from 'chrono-node/en';
import type { DatePrecision, ExtractedDate } from './types.js';
import { dateRuleMatches } from './date-rules.js';

/** A reference day as UTC noon (noon keeps day arithmetic clear of time-zone edges). */
export function referenceDate(date: string | null | undefined): Date {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const d = new Date(`${date}T12:00:00Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const isoDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Words chrono reads as dates that say nothing about when ("now", "this"). */
const DATE_SIGNAL =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year|decade|century|ago/i;

/**
 * Dates in the text, resolved against the document date: chrono-node for calendar expressions,
 * rules for open ranges ("since 2021"), spans back from the document date ("the past two
 * decades"), parts of years ("mid-2024") and bare years after a preposition ("in 2021").
 * Where the year is not given, the past is preferred ("Dec 5" written in November is last December).
 */
export function extractDates(text: string, documentDate?: string | null): ExtractedDate[] {
  const ref = referenceDate(documentDate ?? inferDocumentDate(text));
  const found: ExtractedDate[] = [...dateRuleMatches(text, ref)].filter((d) => !d.text.includes('\n'));
  for (const { r, index } of chronoByLine(text, ref)) {
    if (!DATE_SIGNAL.test(r.text) || /^(now|this|that)$/i.test(r.text.trim())) continue;
    // "4 min read", "2 hours": a duration, not a date.
    if (/\b(min|mins|minutes?|hours?|hrs?|secs?|seconds?)\b/i.test(r.text) && !/\bago\b/i.test(r.text)) continue;
    const start = r.start;
    const hasDay =
      start.isCertain('day') || start.isCertain('weekday') || /yesterday|today|tomorrow|ago|week/i.test(r.text);
    const hasMonth = hasDay || start.isCertain('month');
    if (!hasMonth && !start.isCertain('year')) continue; // a clock time alone
    let y = start.get('year') ?? ref.getUTCFullYear();
    let m = start.get('month') ?? 1;
    let d = start.get('day') ?? 1;
    // Nothing says the future: a bare weekday is the last one, a day without a year the last such day.
    const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
    if (weekdayOnly && Date.UTC(y, m - 1, d, 12) > ref.getTime()) {
      const back = new Date(Date.UTC(y, m - 1, d - 7, 12));
      [y, m, d] = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
    } else if (!start.isCertain('year') && !r.end && Date.UTC(y, m - 1, d, 12) > ref.getTime()) {
      y -= 1;
    }
    const value = hasDay ? isoDay(y, m, d) : hasMonth ? `${pad(y, 4)}-${pad(m)}` : pad(y, 4);
    let endValue: string | null | undefined;
    let precision: DatePrecision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    if (r.end) {
      precision = 'range';
      endValue = isoDay(r.end.get('year') ?? y, r.end.get('month') ?? m, r.end.get('day') ?? d);
    }
    // chrono keeps a leading preposition and trailing punctuation ("on Tuesday,"): the date is the rest.
    const lead = /^(?:on|at|in|by|from|of)\s+/i.exec(r.text)?.[0].length ?? 0;
    const body = r.text.slice(lead).replace(/[\s,.;:]+$/, '');
    const e: ExtractedDate = { text: body, start: index + lead, end: index + lead + body.length, value, precision };
    if (endValue !== undefined) e.endValue = endValue;
    found.push(e);
  }
  return dropOverlaps(found);
}

/**
 * With no document date, the first full date the text gives ("Date of report: 2 December 2025")
 * is a far better reference than today: an archived report's "next two weeks" or "Dec 5" then
 * resolve to its own time, not to the day it was imported.
 */
export function inferDocumentDate(text: string): string | null {
  for (const { r } of chronoByLine(text.slice(0, 20_000), referenceDate(null))) {
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) {
      return isoDay(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    }
  }
  return null;
}

const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon|early hours|small hours)\s+of\b/gi;

/**
 * chrono-node line by line (and in bounded pieces), so a date never runs across a line break
 * ("Nov 3" then "- 4 min read") and a huge single line stays cheap. Offsets are into `text`.
 */
function* chronoByLine(text: string, ref: Date): Generator<{ r: chrono.ParsedResult; index: number }> {
  const LIMIT = 10_000;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (end - at > LIMIT) {
      const space = text.lastIndexOf(' ', at + LIMIT);
      end = space > at + LIMIT / 2 ? space : at + LIMIT;
    }
    const line = text.slice(at, end);
    if (/\d|day|week|month|year|decade|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(line)) {
      let results: chrono.ParsedResult[] = [];
      try {
        // chrono reads "the night of 30 November 2025" as tonight; blanking the part of day
        // (same length, so offsets hold) leaves the date itself.
        results = chrono.parse(
          line.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)),
          ref,
          { forwardDate: false },
        );
      } catch {
        results = [];
      }
      for (const r of results) yield { r, index: r.index + at };
    }
    at = end + (text[end] === '\n' ? 1 : 0);
  }
}

/** Longer matches win; rules are listed first so they win ties ("since March 2021"). */
function dropOverlaps(dates: ExtractedDate[]): ExtractedDate[] {
  const ranked = dates
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.i - b.i);
  const kept: ExtractedDate[] = [];
  for (const { d } of ranked) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}
