import type { StoredDocumentDate } from './document-date.js';
import type { CsvTable } from './formats/reader.js';

/** Headers of columns that date each row: "date", "Date reported", "event_date", "timestamp", "when". */
const DATE_HEADER = /(?:^|[\s_-])(?:date|day|time|timestamp|when|reported|occurred)(?:$|[\s_-])|date$/i;
/** A value that is a calendar date with its year: "2025-12-03", "3 December 2025", "12/03/2025". */
const HAS_YEAR = /\b\d{4}\b/;

/**
 * A table's own date: the latest day in a column that dates its rows (an incident log is at least
 * as recent as its last entry), else the day its file was last modified. Each says where it came
 * from (`source` and `dateKind`, which the reader shows beside the date), so an analyst can tell a
 * date the data gives from one the file system gives.
 */
export function tableDocumentDate(table: CsvTable, fileModified: Date | null): StoredDocumentDate | null {
  for (const column of table.columns) {
    if (!DATE_HEADER.test(column)) continue;
    const days: string[] = [];
    let filled = 0;
    for (const row of table.rows) {
      const v = row[column]?.trim();
      if (!v) continue;
      filled++;
      const day = dayOf(v);
      if (day) days.push(day);
    }
    if (!days.length || days.length < filled / 2) continue;
    const latest = days.reduce((a, b) => (b > a ? b : a));
    return { value: latest, precision: 'day', source: 'date-column', column, dateKind: `latest “${column}” entry` };
  }
  if (fileModified && !Number.isNaN(fileModified.getTime()))
    return {
      value: fileModified.toISOString().slice(0, 10),
      precision: 'day',
      source: 'file-modified',
      dateKind: 'file modified',
    };
  return null;
}

function dayOf(value: string): string | null {
  if (!HAS_YEAR.test(value)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  // A date without a time reads as local midnight; its calendar day is what the cell says.
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
