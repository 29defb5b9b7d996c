import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../../main/core/errors.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, snapshot } from '../bundle/sample-case.js';

const tempDir = useTempDir();
/** Fixed seed and budget: the same cases every run (DOSSIER_FUZZ_RUNS/SEED for a longer hunt). */
const RUN = {
  seed: Number(process.env.DOSSIER_FUZZ_SEED ?? 20261203),
  numRuns: Number(process.env.DOSSIER_FUZZ_RUNS ?? 60),
};

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', 'identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', '2025-12-01T00:00:00Z', '=cmd', 'TLP:RED'),
);
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }),
);
const STIX_TYPES = [
  'identity',
  'threat-actor',
  'malware',
  'relationship',
  'report',
  'grouping',
  'indicator',
  'location',
  'observed-data',
  'ipv4-addr',
  'marking-definition',
  'x-custom',
];

/** A STIX-shaped object whose properties may hold anything. */
const stixObject = fc.record(
  {
    type: fc.constantFrom(...STIX_TYPES),
    spec_version: fc.constantFrom('2.1', '2.0', 'x'),
    id: text,
    created: text,
    modified: text,
    name: value,
    source_ref: text,
    target_ref: text,
    relationship_type: value,
    object_refs: value,
    object_marking_refs: value,
    created_by_ref: value,
    confidence: value,
    x_extra: value,
  },
  { requiredKeys: ['type'] },
);
const stixFile = fc.oneof(
  fc.array(stixObject, { maxLength: 8 }).map((objects) => JSON.stringify({ type: 'bundle', id: 'bundle--1', objects })),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);
const ftmFile = fc
  .array(
    fc.record(
      {
        id: text,
        schema: fc.constantFrom('Person', 'Company', 'Ownership', 'Sanction', 'Passport', 'Nope'),
        properties: fc.dictionary(
          fc.constantFrom('name', 'owner', 'asset', 'birthDate', 'percentage', 'entity'),
          value,
        ),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.map((l) => JSON.stringify(l)).join('\n'));
const graphmlFile = fc
  .array(fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), fc.constantFrom('true', 'false', 'x')), {
    maxLength: 6,
  })
  .map(
    (edges) =>
      `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${edges
        .map(
          ([s, t, d], i) =>
            `<node id="${i}-${encodeURIComponent(s)}"/><edge source="${i}-${encodeURIComponent(s)}" target="${encodeURIComponent(t)}" directed="${d}"/>`,
        )
        .join('')}</graph></graphml>`,
  );
const csvFile = fc
  .array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 })
  .map((rows) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));

describe('fuzzing the interchange importers (fixed seed)', () => {
  for (const [format, file, ext] of [
    ['stix', stixFile, 'json'],
    ['ftm', ftmFile, 'ftm.json'],
    ['graphml', graphmlFile, 'graphml'],
    ['csv', csvFile, 'csv'],
  ] as const) {
    it(`${format}: any input is imported or refused with a reason, and a refusal changes nothing`, () => {
      const dir = tempDir();
      const { store } = buildSampleCase(dir);
      let n = 0;
      fc.assert(
        fc.property(file, (content) => {
          const path = join(dir, `input-${n++}.${ext}`);
          writeFileSync(path, content);
          const before = JSON.stringify(snapshot(store));
          try {
            importInterchange(store, path, format);
          } catch (e) {
            if (!(e instanceof DossierError)) throw e;
            expect(JSON.stringify(snapshot(store))).toBe(before);
          }
        }),
        RUN,
      );
      store.close();
    }, 120_000);
  }

  // Found by the fuzzer above: a property that is not a list crashed the FtM importer with a TypeError.
  it('ftm: a property that is not a list is refused by name, and the case is unchanged', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const path = join(dir, 'object-name.ftm.json');
    writeFileSync(path, JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: {} } }));
    const before = JSON.stringify(snapshot(store));
    expect(() => importInterchange(store, path, 'ftm')).toThrow(/property "name" must be a list of values/);
    expect(JSON.stringify(snapshot(store))).toBe(before);
    store.close();
  });
});
