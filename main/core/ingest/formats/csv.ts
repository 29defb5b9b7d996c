import Papa from 'papaparse';
import { cleanText, decodeText } from '../decode-text.js';
import { SkipError } from '../skip-error.js';
import type { FormatReader } from './reader.js';

/**
 * A CSV file is read into its header and rows (with the text span of each row, for citations);
 * what the rows mean comes from a CsvMapping applied when the document is stored.
 */
export const csvReader: FormatReader = {
  extensions: ['csv', 'tsv'],
  mimeType: 'text/csv',
  read(bytes, fileName) {
    const text = cleanText(decodeText(bytes, fileName));
    const rows: Record<string, string>[] = [];
    const spans: [number, number][] = [];
    let columns: string[] = [];
    // Rows are cited by their own line: the first starts after the header line.
    let cursor = text.indexOf('\n') + 1;
    let errors = 0;
    Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      delimiter: fileName.toLowerCase().endsWith('.tsv') ? '\t' : '',
      transformHeader: (h) => h.trim(),
      step(result) {
        if (!columns.length) columns = result.meta.fields ?? [];
        if (result.errors.some((e) => e.type === 'Quotes')) errors++;
        const end = result.meta.cursor;
        const row: Record<string, string> = {};
        for (const [k, v] of Object.entries(result.data)) if (typeof v === 'string') row[k] = v.trim();
        rows.push(row);
        let start = Math.min(cursor, end);
        let stop = end;
        while (start < stop && /\s/.test(text[start]!)) start++;
        while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
        spans.push([start, stop]);
        cursor = end;
      },
    });
    if (!columns.length) throw new SkipError('empty', 'the CSV file has no header row');
    if (errors > 0 && errors >= rows.length / 2)
      throw new SkipError('broken', 'the CSV file is malformed (unbalanced quotes)');
    return Promise.resolve({
      title: null,
      mimeType: 'text/csv',
      text,
      publishedAt: null,
      properties: { columns, rows: rows.length },
      table: { columns, rows, spans },
    });
  },
};
