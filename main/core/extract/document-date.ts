// English only: the package root also loads fifteen other locales (≈0.5 s CPU per worker start).
import * as chrono from 'chrono-node/en';
import { isoDay, referenceDate } from './dates.js';
import type { DocumentDate } from './types.js';

/** "Date of report: 2 December 2025", "Published: 3 Nov 2025", "Dated 1 Dec 2025". */
const LABELLED =
  /^\s*(?:[-–•*]\s*)?(?:date(?: of (?:report|issue|publication))?|report date|published(?: on)?|posted(?: on)?|issued(?: on)?|dated|updated|sent|received)\s*[:\-–]?\s*(.{6,40})$/im;
/** "DUSHANBE, Dec 1 (Reuters) –", "London-UK, December 13 , 2025": a place, then a date, at the head of a line. */
const DATELINE =
  /^[\s*_#>]*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,\s+((?:\w{3,9}\.?\s+\d{1,2}\s*,?\s*(?:\d{4})?)|(?:\d{1,2}\s+\w{3,9}\.?\s*(?:\d{4})?))\s*(?:\([A-Z][\w ]{1,20}\))?[\s*_]*(?:[-–—:]|$)/m;
/** "situation as of 12 December 2025", "as at 3 Nov 2025": a report's reference date. */
const AS_OF = /\bas (?:of|at) (\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4})/i;

/**
 * The date a document gives itself, from the text when the caller has none: a labelled report
 * date, a news dateline, or a line near the top that holds nothing but a date. A day without a
 * year takes the year of `fallback` (the import day) and is never after it.
 */
export function documentDateFromText(text: string, fallback: string | null = null): DocumentDate | null {
  const head = text.slice(0, 3000);
  const ref = referenceDate(fallback);
  const labelled = LABELLED.exec(head);
  if (labelled) {
    const d = parseOne(labelled[1] as string, ref);
    if (d) return { ...d, source: 'report-date' };
  }
  const asOf = AS_OF.exec(head.split('\n').slice(0, 6).join('\n'));
  if (asOf) {
    const d = parseOne(asOf[1] as string, ref);
    if (d) return { ...d, source: 'report-date' };
  }
  const dateline = DATELINE.exec(head);
  if (dateline) {
    const d = parseOne(dateline[1] as string, ref);
    if (d) return { ...d, source: 'dateline' };
  }
  for (const line of head.split('\n').slice(0, 8)) {
    const bare = line.replace(/^[\s\-–•*|]+/, '').trim();
    if (!bare || bare.length > 40) continue;
    const d = parseOne(bare, ref, true);
    if (d) return { ...d, source: 'top-line' };
  }
  return null;
}

function parseOne(s: string, ref: Date, whole = false): Omit<DocumentDate, 'source'> | null {
  const r = chrono.parse(s, ref, { forwardDate: false })[0];
  if (!r) return null;
  if (whole && r.text.replace(/[\s,.]/g, '').length < s.replace(/[\s,.]/g, '').length - 2) return null;
  const st = r.start;
  if (!st.isCertain('month') && !st.isCertain('year')) return null;
  let y = st.get('year') ?? ref.getUTCFullYear();
  const m = st.get('month') ?? 1;
  const day = st.get('day') ?? 1;
  if (!st.isCertain('year') && Date.UTC(y, m - 1, day, 12) > ref.getTime()) y -= 1;
  if (st.isCertain('day')) return { value: isoDay(y, m, day), precision: 'day' };
  if (st.isCertain('month'))
    return { value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`, precision: 'month' };
  return { value: String(y), precision: 'year' };
}
