import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { tableDocumentDate } from '../../../../main/core/ingest/table-date.js';
import type { CsvMapping } from '../../../../main/core/ingest/types.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

const table = (columns: string[], rows: string[][]) => ({
  columns,
  rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))),
  spans: rows.map((): [number, number] => [0, 0]),
});

describe('the date of a table', () => {
  it('is the latest entry of a column that dates the rows, naming the column', () => {
    const t = table(
      ['Date reported', 'place'],
      [
        ['2025-11-30', 'Osh'],
        ['2025-12-10', 'Batken'],
        ['2025-12-03', 'Osh'],
      ],
    );
    expect(tableDocumentDate(t, new Date('2026-01-05T10:00:00Z'))).toMatchObject({
      value: '2025-12-10',
      precision: 'day',
      source: 'date-column',
      column: 'Date reported',
    });
  });

  it('reads written-out dates too, and skips a "date" column that holds no dates', () => {
    const words = table(['date'], [['3 December 2025'], ['1 December 2025']]);
    expect(tableDocumentDate(words, null)?.value).toBe('2025-12-03');
    const codes = table(
      ['update', 'date'],
      [
        ['x', 'pending'],
        ['y', 'n/a'],
      ],
    );
    expect(tableDocumentDate(codes, new Date('2026-01-05T10:00:00Z'))).toMatchObject({
      value: '2026-01-05',
      source: 'file-modified',
    });
    expect(tableDocumentDate(codes, null)).toBeNull();
  });
});

const INCIDENTS: CsvMapping = {
  name: 'incidents',
  entities: [{ id: 'actor', labelColumn: 'actor', type: 'organization' }],
  links: [],
  dateColumn: 'date',
};

describe('importing a CSV', () => {
  it('stores the table date with its source and names where it came from', async () => {
    const dir = tempDir();
    const file = join(dir, 'log.csv');
    writeFileSync(file, 'date,actor\n2025-11-30,Border Service\n2025-12-06,Customs Service\n');
    utimesSync(file, new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
    await importFiles(store, [file], { csvMapping: INCIDENTS });
    const doc = store.list('document')[0]!;
    expect(doc.publishedAt).toBe('2025-12-06');
    expect(doc.properties['documentDate']).toMatchObject({
      value: '2025-12-06',
      source: 'date-column',
      column: 'date',
    });
    expect(doc.properties['dateKind']).toBe('latest “date” entry');
    store.close();
  });

  it('falls back to the file modified day when no column dates the rows', async () => {
    const dir = tempDir();
    const file = join(dir, 'names.csv');
    writeFileSync(file, 'actor\nBorder Service\n');
    utimesSync(file, new Date('2026-02-01T12:00:00Z'), new Date('2026-02-01T12:00:00Z'));
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
    await importFiles(store, [file], { csvMapping: { ...INCIDENTS, dateColumn: undefined } });
    const doc = store.list('document')[0]!;
    expect(doc.publishedAt).toBe('2026-02-01');
    expect(doc.properties['documentDate']).toMatchObject({ source: 'file-modified' });
    expect(doc.properties['dateKind']).toBe('file modified');
    store.close();
  });
});
