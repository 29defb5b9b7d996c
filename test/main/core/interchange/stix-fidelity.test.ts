import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { buildStixExport } from '../../../../main/core/interchange/stix/export-stix.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { STIX_FILES, THIRD_PARTY } from './fidelity-files.js';
import { STIX_DIR } from './stix-validator.js';
import { stixProblems, stixRoundTrip } from './stix-fidelity.js';

const tempDir = useTempDir();
// Third-party exports (MITRE ATT&CK, MISP) are not committed here: files fetched from other
// repositories stay out of this project's history. Put them in ../shared/interop/third-party
// (see test/fixtures/interchange/README.md) and these tests run on them; without them they skip.
// Hand-written files shaped like them always run: stix-fixtures-fidelity.test.ts.
const fixture = (name: string): string => join(THIRD_PARTY, name);
const has = (name: string): boolean => existsSync(fixture(name));
// Every OASIS example (found, not listed, so a new one is tested too) and the third-party files present.
const REAL_FILES = [...STIX_FILES.thirdParty, ...STIX_FILES.oasis];
const table: string[] = [];
afterAll(() => console.log(['format · file · objects in · kept · changed · lost', ...table].join('\n')));

describe('STIX 2.1 fidelity on real files (import → export → compare object by object)', () => {
  it('finds every OASIS example', () => {
    expect(STIX_FILES.oasis.map((p) => p.split('/').pop())).toEqual(
      expect.arrayContaining(['apt1.json', 'indicator-for-c2-ip-address.json', 'infrastructure.json']),
    );
  });

  for (const path of REAL_FILES) {
    it(`${path.split('/').pop()} comes back object for object, every object valid`, () => {
      const f = stixRoundTrip(tempDir(), path);
      table.push(`stix · ${f.file} · ${f.objectsIn} · ${f.kept} · ${f.changed.length} · ${f.lost.length}`);
      expect(f.lost).toEqual([]);
      expect(f.changed).toEqual([]);
      expect(f.invalid).toEqual([]);
      expect(f.report.skipped).toEqual({});
      f.store.close();
    });
  }

  it.skipIf(!has('attack-ics-excerpt.json'))(
    'ATT&CK: keeps MITRE as author, its statement marking, revoked-by, x_mitre_* and external references, and invents no confidence',
    () => {
      const f = stixRoundTrip(tempDir(), fixture('attack-ics-excerpt.json'));
      const objects = f.exported.bundle.objects;
      const producer = objects.find((o) => o.x_dossier_producer === true)!;
      const mitre = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5';
      const imported = objects.filter((o) => o.created_by_ref === mitre);
      expect(imported.length).toBe(f.objectsIn - 2); // all but MITRE's identity and its marking
      expect(objects.filter((o) => o.created_by_ref === producer.id).map((o) => o.type)).toEqual(['report']);
      const statement = objects.find((o) => o.type === 'marking-definition' && o.definition_type === 'statement')!;
      expect(
        imported
          .filter((o) => o.type !== 'marking-definition')
          .every((o) => JSON.stringify(o.object_marking_refs) === JSON.stringify([statement.id])),
      ).toBe(true);
      // The one unmarked object (the marking itself) stays unmarked.
      expect(statement.object_marking_refs).toBeUndefined();
      expect(objects.filter((o) => o.relationship_type === 'revoked-by')).toHaveLength(2);
      expect(objects.filter((o) => o.type === 'relationship' && 'confidence' in o)).toEqual([]);
      expect(imported.filter((o) => Array.isArray(o.external_references)).length).toBeGreaterThan(20);
      expect(imported.filter((o) => o.revoked === true).length).toBeGreaterThan(0);
      expect(objects.find((o) => o.type === 'x-mitre-tactic')).toHaveProperty('x_mitre_shortname');
      f.store.close();
    },
  );

  it.skipIf(!has('misp-event2-stix21.json'))(
    'MISP: groupings, observed-data and cyber-observables arrive, so relationships between them survive',
    () => {
      const f = stixRoundTrip(tempDir(), fixture('misp-event2-stix21.json'));
      expect(f.store.count('chart')).toBe(2);
      const chart = f.store.list('chart')[0]!;
      expect(f.store.list('chartNode', { chartId: chart.id }).length).toBeGreaterThan(1);
      expect(f.store.list('link').filter((l) => !l.properties.stixRef)).toHaveLength(2);
      const indicators = f.exported.bundle.objects.filter((o) => o.type === 'indicator');
      expect(indicators.length).toBe(2);
      // No name in the source, none invented on the way out; the analyst sees the pattern.
      expect(indicators.every((o) => !('name' in o))).toBe(true);
      expect(f.store.list('entity', { type: 'indicator' }).map((e) => e.label)[0]).toMatch(/^\[/);
      f.store.close();
    },
  );

  it('a report keeps its id and object_refs', () => {
    const f = stixRoundTrip(tempDir(), join(STIX_DIR, 'examples/threat-reports/apt1.json'));
    const reports = f.exported.bundle.objects.filter((o) => o.type === 'report' && !o.x_dossier_case_id);
    expect(reports).toHaveLength(1);
    expect((reports[0]!.object_refs as string[]).length).toBeGreaterThan(10);
    f.store.close();
  });

  it.skipIf(!has('misp-objects-stix21.json'))(
    'importing a MISP file twice changes nothing (observables without timestamps keep their import date)',
    () => {
      const dir = tempDir();
      const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
      importInterchange(store, fixture('misp-objects-stix21.json'), 'stix');
      const sco = store.list('entity', { type: 'user-account' })[0]!;
      expect(sco.createdAt.startsWith('1970')).toBe(false);
      const again = importInterchange(store, fixture('misp-objects-stix21.json'), 'stix');
      for (const [kind, o] of Object.entries(again.kinds)) expect(o.new + o.updated, kind).toBe(0);
      store.close();
    },
  );

  it('upgrades STIX 2.0 to valid 2.1 (malware gets is_family) and says so', () => {
    const dir = tempDir();
    const path = join(dir, 'old.json');
    const t = '2016-04-06T20:03:48.000Z';
    writeFileSync(
      path,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--44af6c39-c09b-49c5-9de2-394224b04982',
        spec_version: '2.0',
        objects: [
          {
            type: 'malware',
            id: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
            created: t,
            modified: t,
            name: 'Poison Ivy',
            labels: ['remote-access-trojan'],
          },
          {
            type: 'indicator',
            id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
            created: t,
            modified: t,
            labels: ['malicious-activity'],
            pattern: "[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']",
            valid_from: t,
          },
          {
            type: 'relationship',
            id: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
            created: t,
            modified: t,
            relationship_type: 'indicates',
            source_ref: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
            target_ref: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
          },
        ],
      }),
    );
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    const report = importInterchange(store, path, 'stix');
    expect(report.notes.join(' ')).toMatch(/2\.0 upgraded to 2\.1/);
    const objects = buildStixExport(loadView(store)).bundle.objects;
    expect(objects.find((o) => o.type === 'malware')).toMatchObject({
      spec_version: '2.1',
      is_family: true,
      labels: ['remote-access-trojan'],
    });
    expect(objects.find((o) => o.type === 'indicator')).toMatchObject({ pattern_type: 'stix' });
    expect(objects.map(stixProblems).filter(Boolean)).toEqual([]);
    store.close();
  });

  it.skipIf(!has('attack-ics-excerpt.json'))(
    'writes an analyst edit over the source object and moves modified on, leaving the rest as read',
    () => {
      const f = stixRoundTrip(tempDir(), fixture('attack-ics-excerpt.json'));
      const set = f.store
        .list('entity', { type: 'intrusion-set' })
        .find((e) => e.properties.stix && !(e.properties.stix as { revoked?: boolean }).revoked)!;
      const source = set.properties.stix as Record<string, unknown>;
      f.store.update('entity', set.id, { label: 'Renamed by analyst' });
      const out = buildStixExport(loadView(f.store, { tlp: 'TLP:RED' })).bundle.objects.find(
        (o) => o.id === source.id,
      )!;
      expect(out.name).toBe('Renamed by analyst');
      expect(out.modified! > (source.modified as string)).toBe(true);
      const { name: _a, modified: _b, ...rest } = out;
      const { name: _c, modified: _d, ...was } = source;
      expect(rest).toEqual(was);
      f.store.close();
    },
  );

  it('writes region only from region-ov, and leaves out (and counts) a place STIX cannot express', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'c' });
    store.insert('entity', {
      type: 'location',
      label: 'Western Europe',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    store.insert('entity', { type: 'location', label: 'The old mill', properties: {}, notes: '', status: 'suggested' });
    const { bundle, skipped } = buildStixExport(loadView(store));
    const places = bundle.objects.filter((o) => o.type === 'location');
    expect(places.map((o) => o.region)).toEqual(['western-europe']);
    expect(skipped).toEqual({ 'location (no country, region or coordinates)': 1 });
    store.close();
  });
});
