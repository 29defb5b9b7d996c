import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { detectImportFormat } from '../../../../main/core/interchange/formats.js';
import { buildStixBundle } from '../../../../main/core/interchange/stix/export-stix.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';
import { STIX_DIR, stixValidators } from './stix-validator.js';

const tempDir = useTempDir();

describe('STIX 2.1 export', () => {
  it('wraps the case in a report, and every object validates against the OASIS schemas', () => {
    const { store, ids } = buildSampleCase(tempDir());
    const bundle = buildStixBundle(loadView(store));
    const { byType, bundle: validateBundle } = stixValidators();
    for (const o of bundle.objects) {
      const validate = byType.get(o.type);
      expect(validate, `a schema for ${o.type}`).toBeDefined();
      const ok = validate!(o);
      expect(ok, `${o.type} ${o.id}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
    }
    // OASIS's bundle.json enumerates the object types it accepts and leaves out location and
    // incident (which then fail its custom-object branch): each of those was validated against
    // its own schema above; the envelope is checked with the types bundle.json knows.
    const unlisted = new Set(['location', 'incident']);
    const envelope = { ...bundle, objects: bundle.objects.filter((o) => !unlisted.has(o.type)) };
    expect(validateBundle(envelope), JSON.stringify(validateBundle.errors?.slice(0, 3))).toBe(true);

    const byDossierId = new Map(bundle.objects.filter((o) => o.x_dossier_id).map((o) => [o.x_dossier_id, o]));
    const report = bundle.objects.find((o) => o.type === 'report')!;
    const markingCount = bundle.objects.filter((o) => o.type === 'marking-definition').length;
    expect((report.object_refs as string[]).length).toBe(bundle.objects.length - markingCount - 1); // all but markings and the report itself
    expect(report.external_references).toContainEqual(
      expect.objectContaining({
        source_name: 'dossier-document',
        external_id: ids.doc,
        hashes: { 'SHA-256': expect.stringMatching(/^[0-9a-f]{64}$/) },
      }),
    );
    expect(byDossierId.get(ids.person)).toMatchObject({
      type: 'identity',
      identity_class: 'individual',
      name: 'Emomali Rahmon',
      x_dossier_aliases: ['Rahmon'],
    });
    expect(byDossierId.get(ids.org)).toMatchObject({ type: 'identity', identity_class: 'organization' });
    expect(byDossierId.get(ids.place)).toMatchObject({ type: 'location', country: 'TJ' });
    expect(byDossierId.get(ids.event)).toMatchObject({ type: 'incident', name: 'Meeting in Dushanbe' });
    const link = byDossierId.get(ids.link)!;
    expect(link).toMatchObject({
      type: 'relationship',
      relationship_type: 'related-to',
      x_dossier_link_type: 'associate',
      confidence: 70,
      x_dossier_admiralty: 'B2',
    });
    expect(link.external_references).toEqual([expect.objectContaining({ external_id: ids.doc })]);
    const markings = bundle.objects.filter((o) => o.type === 'marking-definition').map((o) => o.name);
    expect(markings).toEqual(['TLP:AMBER']);
    expect(bundle.objects.filter((o) => o.type === 'relationship' && o.x_dossier_kind === 'participant')).toHaveLength(
      1,
    );
    store.close();
  });

  it('marks threat actors and intrusion sets as such', () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    store.insert('entity', {
      type: 'organization',
      label: 'Sandworm',
      properties: { stixType: 'intrusion-set' },
      notes: '',
      status: 'confirmed',
    });
    store.insert('entity', {
      type: 'threat-actor',
      label: 'Unit 74455',
      properties: {},
      notes: '',
      status: 'confirmed',
    });
    const bundle = buildStixBundle(loadView(store));
    expect(bundle.objects.map((o) => o.type)).toEqual(expect.arrayContaining(['intrusion-set', 'threat-actor']));
    for (const o of bundle.objects) expect(stixValidators().byType.get(o.type)!(o)).toBe(true);
    store.close();
  });

  it('round-trips a case through STIX: ids, labels, links, events, participants and grades come back', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'case.json');
    exportInterchange(store, out, 'stix');
    expect(detectImportFormat(out)).toBe('stix');
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    const report = importInterchange(target, out, 'stix');
    for (const kind of ['entity', 'link', 'event', 'participant', 'alias'] as const) {
      const expected = [...store.iterate(kind)].map((r) => ({ ...r }));
      const got = [...target.iterate(kind)];
      expect(got, kind).toEqual(expected);
    }
    expect(report.kinds.entity.new).toBe(3);
    // Twice changes nothing.
    const again = importInterchange(target, out, 'stix');
    expect(again.kinds.entity.new + again.kinds.entity.updated + again.kinds.link.new + again.kinds.link.updated).toBe(
      0,
    );
    store.close();
    target.close();
  });
});

describe('STIX 2.1 import', () => {
  it('imports the OASIS apt1.json example into entities, links and a document, keeping STIX ids', () => {
    const dir = tempDir();
    const path = join(STIX_DIR, 'examples/threat-reports/apt1.json');
    const source = JSON.parse(readFileSync(path, 'utf8')) as { objects: { type: string; id: string; name?: string }[] };
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    expect(detectImportFormat(path)).toBe('stix');
    const dry = importInterchange(store, path, 'stix', { dryRun: true });
    expect(store.count('entity')).toBe(0);
    const report = importInterchange(store, path, 'stix');
    expect(report.kinds.entity.new).toBe(dry.kinds.entity.new);
    const sdoCount = source.objects.filter(
      (o) => !['relationship', 'report', 'marking-definition'].includes(o.type),
    ).length;
    expect(store.count('entity')).toBe(sdoCount);
    expect(store.count('link')).toBe(source.objects.filter((o) => o.type === 'relationship').length);
    expect(store.count('document')).toBe(1);
    const apt1 = store.list('entity', { label: 'APT1' })[0]!;
    expect(apt1.type).toBe('intrusion-set');
    expect(apt1.properties.stixId).toBe('intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a');
    expect(
      store
        .list('alias', { entityId: apt1.id })
        .map((a) => a.alias)
        .sort(),
    ).toEqual(['Comment Crew', 'Comment Group', 'Shady Rat']);
    const again = importInterchange(store, path, 'stix');
    expect(again.kinds.entity.new + again.kinds.entity.updated + again.kinds.link.new + again.kinds.alias.new).toBe(0);
    // Exported again, every object still validates, and APT1 keeps its STIX id and its STIX-only properties.
    const exported = buildStixBundle(loadView(store));
    for (const o of exported.objects) {
      const validate = stixValidators().byType.get(o.type)!;
      expect(validate(o), `${o.type} ${o.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
    const out = exported.objects.find((o) => o.name === 'APT1')!;
    expect(out.id).toBe('intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a');
    expect(out.primary_motivation).toBe('organizational-gain');
    store.close();
  });

  it('imports the other OASIS examples', () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    for (const f of [
      'indicator-for-c2-ip-address.json',
      'indicator-to-campaign-relationship.json',
      'infrastructure.json',
      'interop-objectmarking-test.json',
    ]) {
      const report = importInterchange(store, join(STIX_DIR, 'examples', f), 'stix');
      expect(report.kinds.entity.new + report.kinds.entity.unchanged, f).toBeGreaterThan(0);
    }
    store.close();
  });

  it('refuses a file that is not a STIX bundle, writing nothing', () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ type: 'bundle', objects: [{ type: 'identity', id: 'nope' }] }));
    expect(() => importInterchange(store, bad, 'stix')).toThrow(/no valid type and id/);
    expect(store.count('entity')).toBe(0);
    store.close();
  });
});
