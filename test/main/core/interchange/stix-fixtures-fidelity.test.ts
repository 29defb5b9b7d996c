import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { buildStixExport } from '../../../../main/core/interchange/stix/export-stix.js';
import { REGION_OV } from '../../../../main/core/interchange/stix/region-ov.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { stixProblems, stixRoundTrip } from './stix-fidelity.js';
import { stixValidators } from './stix-validator.js';

// Hand-written fixtures shaped like the quirks of ATT&CK, MISP and STIX 2.0 producers (see
// test/fixtures/interchange/README.md); unlike the real files they are in the repository, so
// these run everywhere.
const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../../../fixtures/interchange');
const fixture = (name: string): string => join(FIXTURES, name);
type StixObject = Record<string, unknown> & { type: string; id: string };
const sourceOf = (name: string): StixObject[] =>
  (JSON.parse(readFileSync(fixture(name), 'utf8')) as { objects: StixObject[] }).objects;

describe('STIX fidelity on producer-shaped fixtures (import → export → compare object by object)', () => {
  for (const name of ['attack-style.json', 'misp-style.json', 'stix20-bundle.json', 'indicators-locations.json']) {
    it(`${name}: every object comes back under its id, unchanged, and the bundle is valid STIX 2.1`, () => {
      const f = stixRoundTrip(tempDir(), fixture(name));
      expect(f.lost).toEqual([]);
      expect(f.changed).toEqual([]);
      expect(f.kept).toBe(f.objectsIn);
      expect(f.invalid).toEqual([]);
      expect(f.report.skipped).toEqual({});
      // The envelope against the bundle schema; the objects one by one against their own type's
      // schema (stixProblems above): the OASIS bundle schema's list of types lacks location,
      // grouping, note and others, so it would refuse valid objects.
      const { bundle } = stixValidators();
      const envelope = { ...f.exported.bundle, objects: f.exported.bundle.objects.slice(0, 1) };
      expect(bundle(envelope), JSON.stringify(bundle.errors?.slice(0, 3))).toBe(true);
      f.store.close();
    });
  }

  it('the 2.1 fixtures are themselves valid against the OASIS schemas (so a pass above means something)', () => {
    for (const name of ['attack-style.json', 'misp-style.json', 'indicators-locations.json'])
      expect(sourceOf(name).map(stixProblems).filter(Boolean), name).toEqual([]);
  });
});

describe('ATT&CK-shaped bundle', () => {
  const AUTHOR = 'identity--a7ac0000-0001-4000-8000-000000000001';
  const STATEMENT = 'marking-definition--a7ac0000-0002-4000-8000-000000000002';

  it("keeps the publisher as author and its statement marking; only Dossier's own report carries Dossier's", () => {
    const f = stixRoundTrip(tempDir(), fixture('attack-style.json'));
    const objects = f.exported.bundle.objects;
    const producer = objects.find((o) => o.x_dossier_producer === true)!;
    expect(producer.id).not.toBe(AUTHOR);
    expect(objects.filter((o) => o.created_by_ref === AUTHOR)).toHaveLength(f.objectsIn - 1);
    expect(objects.filter((o) => o.created_by_ref === producer.id).map((o) => o.type)).toEqual(['report']);
    const marked = objects.filter((o) => o.created_by_ref === AUTHOR && o.type !== 'marking-definition');
    expect(marked.every((o) => JSON.stringify(o.object_marking_refs) === JSON.stringify([STATEMENT]))).toBe(true);
    expect(objects.find((o) => o.id === STATEMENT)).toMatchObject({
      definition_type: 'statement',
      definition: { statement: expect.stringContaining('terms statement') as unknown },
    });
    // A statement is no TLP: nothing imported is made AMBER by it.
    expect(f.store.list('entity').filter((e) => e.properties.tlp)).toEqual([]);
    f.store.close();
  });

  it('keeps revoked-by, revoked, x_mitre_* and external references, and invents no confidence', () => {
    const f = stixRoundTrip(tempDir(), fixture('attack-style.json'));
    const source = sourceOf('attack-style.json');
    const out = new Map(f.exported.bundle.objects.map((o) => [o.id, o]));
    expect(f.store.list('link').filter((l) => l.type === 'revoked-by')).toHaveLength(2);
    expect([...out.values()].filter((o) => o.relationship_type === 'revoked-by')).toHaveLength(2);
    const revoked = (objects: StixObject[]) => objects.filter((o) => o.revoked === true).map((o) => o.id);
    expect(revoked([...out.values()]).sort()).toEqual(revoked(source).sort());
    expect(revoked(source)).toHaveLength(2);
    for (const o of source) {
      const back = out.get(o.id)!;
      const custom = (x: StixObject) => Object.keys(x).filter((k) => k.startsWith('x_mitre_'));
      expect(custom(back), o.id).toEqual(custom(o));
      expect(back.external_references, o.id).toEqual(o.external_references);
    }
    expect([...out.values()].filter((o) => o.type === 'relationship' && 'confidence' in o)).toEqual([]);
    expect(out.get('x-mitre-tactic--a7ac0000-0003-4000-8000-000000000003')).toHaveProperty(
      'x_mitre_shortname',
      'inhibit-safety-function',
    );
    f.store.close();
  });

  it('writes an analyst rename over the source object, moves modified on and leaves the rest as read', () => {
    const f = stixRoundTrip(tempDir(), fixture('attack-style.json'));
    const set = f.store.list('entity', { label: 'GREY HERON' })[0]!;
    const source = set.properties.stix as StixObject;
    f.store.update('entity', set.id, { label: 'GREY HERON (renamed)' });
    const out = buildStixExport(loadView(f.store, { tlp: 'TLP:RED' })).bundle.objects.find((o) => o.id === source.id)!;
    expect(out.name).toBe('GREY HERON (renamed)');
    expect(out.modified! > (source.modified as string)).toBe(true);
    const { name: _a, modified: _b, ...rest } = out;
    const { name: _c, modified: _d, ...was } = source;
    expect(rest).toEqual(was);
    f.store.close();
  });
});

describe('MISP-shaped bundle', () => {
  it('brings the grouping in as a chart of the event, and observables so relationships between them survive', () => {
    const f = stixRoundTrip(tempDir(), fixture('misp-style.json'));
    const [chart] = f.store.list('chart');
    expect(chart!.name).toMatch(/^Phishing wave against water utilities/);
    // indicators ×2, observed-data ×3 and the custom attribute, and the 7 observables the
    // observed-data hold, are on it.
    expect(f.store.list('chartNode', { chartId: chart!.id })).toHaveLength(13);
    const scoTypes = f.store
      .list('entity')
      .map((e) => (e.properties.stix as StixObject).type)
      .filter((t) => ['file', 'directory', 'autonomous-system', 'email-message', 'user-account'].includes(t));
    expect(scoTypes.sort()).toEqual(['autonomous-system', 'directory', 'email-message', 'file', 'user-account']);
    const links = f.store.list('link');
    const relationships = links.filter((l) => !l.properties.stixRef);
    expect(relationships.map((l) => l.type).sort()).toEqual(['based-on', 'related-to', 'related-to']);
    // References inside objects are drawn too (observed-data → what it saw, file → its directory,
    // email → sender and recipient), and written back only as the references they were.
    const label = (id: string) => f.store.require('entity', id).label;
    const drawn = links
      .filter((l) => l.properties.stixRef)
      .map((l) => `${l.type}: ${label(l.targetId)}`)
      .sort();
    expect(drawn).toEqual(
      expect.arrayContaining([
        'from: accounts@billing-water.example',
        'in directory: C:\\Users\\operator\\Downloads',
        'observed: invoice_0211.docm',
        'to: operator@utility.example',
      ]),
    );
    expect(drawn.filter((d) => d.startsWith('observed: '))).toHaveLength(7);
    expect(f.exported.bundle.objects.filter((o) => o.type === 'relationship')).toHaveLength(3);
    const back = new Map(f.exported.bundle.objects.map((o) => [o.id, o]));
    expect(back.get('file--315b0000-0104-4000-8000-000000000104')).toMatchObject({
      parent_directory_ref: 'directory--315b0000-0105-4000-8000-000000000105',
      x_misp_attachment_note: expect.any(String) as unknown,
    });
    // The grouping's TLP:AMBER marking is the canonical TLP one and stays on the grouping.
    expect(back.get('grouping--315b0000-0002-4000-8000-000000000002')!.object_marking_refs).toEqual([
      'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
    ]);
    f.store.close();
  });

  it('importing the file twice changes nothing (observables without timestamps keep their import date)', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'c' });
    importInterchange(store, fixture('misp-style.json'), 'stix');
    const account = store.list('entity').find((e) => (e.properties.stix as StixObject).type === 'user-account')!;
    expect(account.createdAt.startsWith('1970')).toBe(false);
    const again = importInterchange(store, fixture('misp-style.json'), 'stix');
    for (const [kind, o] of Object.entries(again.kinds)) expect(o.new + o.updated, kind).toBe(0);
    store.close();
  });
});

describe('STIX 2.0 bundle', () => {
  it('is upgraded to valid 2.1 as the OASIS notes describe, and the import says what it upgraded', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'c' });
    const report = importInterchange(store, fixture('stix20-bundle.json'), 'stix');
    expect(report.notes).toHaveLength(2);
    expect(report.notes[0]).toMatch(/STIX 2\.0 upgraded to 2\.1/);
    expect(report.notes[1]).toMatch(/^3 references inside objects .* drawn as links/);
    expect(report.notes[0]).toMatch(/1 malware given is_family: true/);
    expect(report.notes[0]).toMatch(/1 indicator given pattern_type "stix"/);
    expect(report.notes[0]).toMatch(/3 objects given \*_types from their labels \(labels kept\)/);
    expect(report.notes[0]).toMatch(/2 observables embedded in 1 observed-data made top-level objects/);
    const out = buildStixExport(loadView(store, { tlp: 'TLP:RED' })).bundle.objects;
    expect(out.filter((o) => o.type !== 'file' && o.type !== 'directory').every((o) => o.spec_version === '2.1')).toBe(
      true,
    );
    expect(out.find((o) => o.type === 'malware')).toMatchObject({
      is_family: true,
      labels: ['remote-access-trojan'],
      malware_types: ['remote-access-trojan'],
      kill_chain_phases: [{ kill_chain_name: 'lockheed-martin-cyber-kill-chain', phase_name: 'command-and-control' }],
    });
    expect(out.find((o) => o.type === 'indicator')).toMatchObject({
      pattern_type: 'stix',
      indicator_types: ['malicious-activity'],
    });
    expect(out.find((o) => o.type === 'threat-actor')).toMatchObject({ threat_actor_types: ['crime-syndicate'] });
    // An identity's labels were never a type: they stay labels only.
    expect(
      Object.keys(out.find((o) => o.type === 'identity' && o.name === 'Example Threat Sharing Group')!),
    ).not.toContain('identity_types');
    const observed = out.find((o) => o.type === 'observed-data')!;
    expect(observed).not.toHaveProperty('objects');
    const refs = observed.object_refs as string[];
    expect(refs.map((r) => r.split('--')[0])).toEqual(['directory', 'file']);
    expect(out.find((o) => o.type === 'file')!.parent_directory_ref).toBe(refs[0]);
    expect(out.map(stixProblems).filter(Boolean)).toEqual([]);
    // The 2.0 TLP marking still marks what it marked.
    expect(store.list('entity', { label: 'HarborRAT' })[0]!.properties.tlp).toBe('TLP:GREEN');
    store.close();
  });
});

describe('indicators without a name, and places with and without a region', () => {
  it('invents no indicator name and no region, and shows the analyst the pattern', () => {
    const f = stixRoundTrip(tempDir(), fixture('indicators-locations.json'));
    const out = f.exported.bundle.objects;
    const unnamed = out.filter((o) => o.type === 'indicator' && !('name' in o));
    expect(unnamed.map((o) => o.id).sort()).toEqual([
      'indicator--10c00000-0001-4000-8000-000000000001',
      'indicator--10c00000-0002-4000-8000-000000000002',
    ]);
    const labels = f.store.list('entity', { type: 'indicator' }).map((e) => e.label);
    expect(labels).toContain("[url:value = 'http://update-check.example/fw.bin']");
    expect(labels).toContain('Staging server address');
    const places = out.filter((o) => o.type === 'location');
    expect(places).toHaveLength(5);
    expect(places.filter((o) => 'region' in o).map((o) => o.region)).toEqual(['northern-europe', 'central-asia']);
    expect(places.every((o) => !('region' in o) || (REGION_OV as readonly string[]).includes(String(o.region)))).toBe(
      true,
    );
    f.store.close();
  });
});
