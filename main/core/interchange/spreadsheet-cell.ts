/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection"). A cell whose text begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
 * Sheets, so a hostile document's text in a case could run `=HYPERLINK(…)` or `+cmd|…` when an
 * export is opened. Such cells are written with a leading apostrophe, which every spreadsheet
 * shows as text and Dossier's own CSV import strips again, so nothing is lost either way.
 *
 * A value that already begins with apostrophes before a trigger (`'=x`) gets one more, so the
 * round trip is exact for every string: restoreCell(neutraliseCell(v)) === v.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;

/** The text as it is safe to write in a spreadsheet cell. */
export function neutraliseCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell: the apostrophe is stripped only where neutraliseCell would have added it. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && NEEDS_QUOTE.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether a spreadsheet would read this text as a formula (what neutraliseCell guards against). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}
