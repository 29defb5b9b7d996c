import ExcelJS from 'exceljs';
import type { CaseView } from '../case-view.js';
import { buildTables } from '../csv/export-csv.js';

/**
 * Entities and links as two sheets of one workbook, the columns of the CSV tables (both ends'
 * labels and types on each link row, as i2 Analyst's Notebook and Maltego import them).
 *
 * Formula safety: every text cell is written as a string value in a text-formatted (`@`) column.
 * A string cell is never evaluated, and the text format keeps it text when someone edits it, so a
 * hostile `=HYPERLINK(…)` stays the words it was — without the apostrophe CSV needs, which an
 * i2 or Maltego import would keep as part of the name.
 */
/**
 * XML parsers turn a carriage return into a line feed, so OOXML spells characters XML cannot keep
 * as `_xHHHH_` (ECMA-376 ST_Xstring); text that already looks like such an escape gets its
 * underscore escaped (`_x005F_`), so it reads back as written. Excel and exceljs decode both.
 */
export function ooxmlText(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

export async function buildXlsx(view: CaseView): Promise<{ bytes: Buffer; entities: number; links: number }> {
  const { entities, links, entityColumns, linkColumns } = buildTables(view);
  const book = new ExcelJS.Workbook();
  book.creator = 'Dossier';
  book.created = new Date(view.meta.createdAt);
  const sheet = (name: string, columns: readonly string[], rows: Record<string, string | number>[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({
      header: c,
      key: c,
      width: Math.min(40, Math.max(10, c.length + 2)),
      style: { numFmt: '@' },
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) {
      const row = ws.addRow(columns.map((c) => (typeof r[c] === 'string' ? ooxmlText(r[c]) : (r[c] ?? ''))));
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@';
      });
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  };
  sheet('Entities', entityColumns, entities);
  sheet('Links', linkColumns, links);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { bytes, entities: entities.length, links: links.length };
}
