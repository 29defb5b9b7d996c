import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCsvMappings, loadCsvMapping, saveCsvMapping } from '../../../../main/core/ingest/csv-mappings.js';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { reextractDocument } from '../../../../main/core/ingest/reextract.js';
import type { CsvMapping } from '../../../../main/core/ingest/types.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

const CALLS: CsvMapping = {
  name: 'call records',
  entities: [
    { id: 'caller', labelColumn: 'caller', type: 'phone' },
    { id: 'callee', labelColumn: 'callee', type: 'phone' },
    { id: 'owner', labelColumn: 'subscriber', type: 'person', propertyColumns: ['nationality'] },
  ],
  links: [
    { from: 'caller', to: 'callee', type: 'called', directed: true, confidence: 0.9 },
    { from: 'owner', to: 'caller', type: 'subscriber-of', directed: true },
  ],
  dateColumn: 'date',
};

const CSV = [
  'caller,callee,subscriber,nationality,date',
  '+992931110000,+992932220000,Amina Rustamova,TJ,2025-11-01',
  '+992931110000,+992932220000,Amina Rustamova,TJ,2025-12-03',
  '"+992933330000",+992931110000,"Field, Bob",,2025-11-20',
  '',
].join('\n');

describe('CSV import through a mapping', () => {
  it('creates the mapped entities and links, one link per pair with first/last seen, cited to rows', async () => {
    const dir = tempDir();
    const file = join(dir, 'calls.csv');
    writeFileSync(file, CSV);
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'csv' });
    const summary = await importFiles(store, [file], { csvMapping: CALLS });
    expect(summary.skipped).toEqual([]);
    expect(
      store
        .list('entity')
        .map((e) => `${e.type}:${e.label}`)
        .sort(),
    ).toEqual([
      'person:Amina Rustamova',
      'person:Field, Bob',
      'phone:+992931110000',
      'phone:+992932220000',
      'phone:+992933330000',
    ]);
    expect(store.list('entity', { label: 'Amina Rustamova' })[0]!.properties).toMatchObject({
      nationality: 'TJ',
      origin: 'csv',
    });
    const a = store.list('entity', { label: '+992931110000' })[0]!;
    const b = store.list('entity', { label: '+992932220000' })[0]!;
    const called = store.list('link', { sourceId: a.id, targetId: b.id, type: 'called' });
    expect(called).toHaveLength(1);
    expect(called[0]).toMatchObject({
      directed: true,
      confidence: 0.9,
      firstSeen: '2025-11-01',
      lastSeen: '2025-12-03',
      status: 'confirmed',
    });
    const cites = store.list('citation', { subjectId: called[0]!.id });
    expect(cites).toHaveLength(2);
    expect(cites[0]!.quote).toBe('+992931110000,+992932220000,Amina Rustamova,TJ,2025-11-01');
    expect(store.list('link', { type: 'subscriber-of' })).toHaveLength(2);
    await expect(reextractDocument(store, summary.imported[0]!.documentId)).rejects.toThrow(/structured data \(CSV\)/);
    store.close();
  });

  it('saves a mapping by name, reuses it, and refuses unknown names and bad mappings clearly', async () => {
    const dir = tempDir();
    const file = join(dir, 'calls.csv');
    writeFileSync(file, CSV);
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'csv' });
    saveCsvMapping(store, CALLS);
    expect(listCsvMappings(store)).toEqual(['call records']);
    expect(loadCsvMapping(store, 'call records')).toEqual({ ...CALLS });
    expect(() => saveCsvMapping(store, { ...CALLS, links: [{ from: 'caller', to: 'nobody', type: 'x' }] })).toThrow(
      /unknown entity id "nobody"/,
    );
    expect(() => saveCsvMapping(store, { ...CALLS, name: undefined })).toThrow(/needs a name/);
    await expect(importFiles(store, [file], { csvMapping: 'no such' })).rejects.toThrow(
      /no saved CSV mapping named "no such" \(saved: call records\)/,
    );
    const summary = await importFiles(store, [file], { csvMapping: 'call records' });
    expect(summary.imported).toHaveLength(1);
    expect(store.count('link')).toBe(4);
    store.close();
    // The mapping is in the case file itself.
    const reopened = CaseStore.open(join(dir, 'c.dossier'));
    expect(listCsvMappings(reopened)).toEqual(['call records']);
    reopened.close();
  });

  it('skips a CSV without a mapping or missing a mapped column, writing nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'calls.csv');
    writeFileSync(file, 'caller,date\n+992931110000,2025-11-01\n');
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'csv' });
    const none = await importFiles(store, [file], {});
    expect(none.skipped[0]).toMatchObject({ kind: 'unsupported' });
    expect(none.skipped[0]!.reason).toMatch(/mapping/);
    const missing = await importFiles(store, [file], { csvMapping: CALLS });
    expect(missing.skipped[0]!.reason).toMatch(/no column "callee", "subscriber", "nationality"/);
    expect(store.count('document')).toBe(0);
    expect(store.count('entity')).toBe(0);
    store.close();
  });
});
