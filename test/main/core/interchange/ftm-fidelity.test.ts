import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { buildFtmEntities, type FtmEntity } from '../../../../main/core/interchange/ftm/export-ftm.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';
import { FTM_SAMPLE, ftmRoundTrip } from './fidelity-files.js';

const tempDir = useTempDir();
const SAMPLE = FTM_SAMPLE;
const table: string[] = [];
afterAll(() => console.log(['format · file · objects in · kept · changed · lost', ...table].join('\n')));

function roundTrip(): { store: CaseStore; out: Map<string, FtmEntity>; exported: FtmEntity[] } {
  const f = ftmRoundTrip(tempDir(), SAMPLE);
  return { store: f.store, out: new Map(f.exported.map((e) => [e.id, e])), exported: f.exported };
}

describe('FtM fidelity on an OpenSanctions-shaped file (import → export → compare entity by entity)', () => {
  it('writes every entity back under its FtM id and schema with every property and field it had, each valid for the model', () => {
    const f = ftmRoundTrip(tempDir(), SAMPLE);
    const store = f.store;
    table.push(`ftm · ${f.file} · ${f.objectsIn} · ${f.kept} · ${f.changed.length} · ${f.lost.length}`);
    expect(f.lost).toEqual([]);
    expect(f.changed).toEqual([]);
    expect(f.kept).toBe(f.objectsIn);
    expect(f.invalid).toEqual([]);
    // Sanction, Passport and Vessel are drawn on a chart as links to what they name.
    expect(
      store
        .list('link')
        .map((l) => l.type)
        .sort(),
    ).toEqual(expect.arrayContaining(['passport of', 'sanctions', 'owned by']));
    store.close();
  });

  it('stores FtM properties under their FtM names and keeps the schema (Company stays Company)', () => {
    const { store } = roundTrip();
    const company = store.list('entity', { label: 'Baltic Shipping Holding JSC' })[0]!;
    expect(company.properties).toMatchObject({
      ftmId: 'NK-9qTf2JcVxLb3mRz6Yp1Hs',
      ftmSchema: 'Company',
      registrationNumber: '1027800554321',
      jurisdiction: 'ru',
    });
    const person = store.list('entity', { label: 'Ivan Petrovich Sidorov' })[0]!;
    expect(person.properties).toMatchObject({ birthDate: '1961-03-14', nationality: 'ru' });
    expect(person.createdAt).toBe('2022-03-15T12:00:00.000Z');
    const ownership = store.list('link').find((l) => l.properties.ftmSchema === 'Ownership')!;
    expect(ownership.properties.percentage).toBe('51.0');
    store.close();
  });

  it('says in the import notes where Sanction, Passport, Vessel, Company and the edges went', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'ftm' });
    const { notes } = importInterchange(store, SAMPLE, 'ftm');
    expect(notes).toEqual([
      expect.stringMatching(
        /^1 Passport, 1 Sanction, 1 Vessel kept as entities and also drawn as links to what they name/,
      ),
      expect.stringMatching(/^1 Address shown as location, 1 Company shown as organization; the FtM schema is kept/),
      '1 Directorship, 1 Ownership, 1 Payment, 1 UnknownLink became links, with their FtM properties kept on the link',
    ]);
    store.close();
  });

  it('importing the same list again, or its own export, updates instead of duplicating', () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'ftm' });
    importInterchange(store, SAMPLE, 'ftm');
    const counts = () => ({ entity: store.count('entity'), link: store.count('link'), alias: store.count('alias') });
    const before = counts();
    const again = importInterchange(store, SAMPLE, 'ftm');
    expect(again.kinds.entity.new + again.kinds.entity.updated + again.kinds.link.new + again.kinds.link.updated).toBe(
      0,
    );
    const out = join(dir, 'out.ftm.json');
    exportInterchange(store, out, 'ftm');
    const third = importInterchange(store, out, 'ftm');
    expect(third.kinds.entity.new + third.kinds.link.new).toBe(0);
    expect(counts()).toEqual(before);
    store.close();
  });

  it('writes an analyst rename, a removed alias and a new link type over what was read', () => {
    const { store } = roundTrip();
    const person = store.list('entity', { label: 'Ivan Petrovich Sidorov' })[0]!;
    store.update('entity', person.id, { label: 'Ivan P. Sidorov (renamed)' });
    store.remove('alias', store.list('alias', { entityId: person.id, alias: 'Ivan P. Sidorov' })[0]!.id);
    const dir = store.list('link').find((l) => l.properties.ftmSchema === 'Directorship')!;
    store.update('link', dir.id, { type: 'Deputy chairman' });
    const out = new Map(buildFtmEntities(loadView(store)).entities.map((e) => [e.id, e]));
    expect(out.get('NK-4xWkGvnfT8CmpnGn7bS2Ty')!.properties).toMatchObject({
      name: ['Ivan P. Sidorov (renamed)'],
      alias: ['Иван Петрович Сидоров', 'Ivan Sidorov'],
    });
    expect(out.get('dir-sidorov-bsh')!.properties.role).toEqual(['Deputy chairman']);
    store.close();
  });

  it('says in the export summary what was folded into properties and what FtM does not receive', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const email = store.insert('entity', {
      type: 'email',
      label: 'rahmon@example.org',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    store.insert('link', {
      sourceId: ids.person!,
      targetId: email.id,
      type: 'uses',
      directed: true,
      confidence: 0.9,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: {},
    });
    store.insert('entity', {
      type: 'phone',
      label: '+992 37 000 0000',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    const r = exportInterchange(store, join(dir, 'x.ftm.json'), 'ftm');
    expect(r.summary).toMatch(/folded into properties of linked entities: 1 email/);
    expect(r.summary).toMatch(/1 phone \(linked to nothing that holds it\)/);
    expect(r.summary).toMatch(/without contentHash/);
    const doc = readFileSync(join(dir, 'x.ftm.json'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as FtmEntity)
      .find((e) => e.schema === 'Document')!;
    expect(doc.properties.bodyText?.[0]).toContain('Emomali Rahmon');
    store.close();
  });
});
