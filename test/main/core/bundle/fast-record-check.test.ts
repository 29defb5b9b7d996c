import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { compileRecordCheck } from '../../../../main/core/bundle/fast-record-check.js';
import { MANIFEST_ENTRY, manifestSchema } from '../../../../main/core/bundle/format.js';
import { RECORD_SCHEMAS, redirectSchema, tombstoneSchema } from '../../../../main/core/store/record-schemas.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from './sample-case.js';

const tempDir = useTempDir();

/** Values a field may be swapped for: each type zod tells apart, and near misses of each check. */
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    1.5,
    7,
    1e300,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    'suggested',
    'TLP:AMBER',
    'B',
    'day',
    'entity',
    '2025-12-13T08:00:00.000Z',
    '2025-12-13T08:00:00Z',
    '2025-12-13',
    '01a23e53-c279-7604-ba93-a6d331081af1',
    '01a23e53-c279-4604-ba93-a6d331081af1',
    '01A23E53-C279-7604-BA93-A6D331081AF1',
    'a'.repeat(64),
    'A'.repeat(64),
    'x'.repeat(65),
    {},
    { nested: [1, 2] },
    [],
    ['a'],
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.dictionary(fc.string(), fc.jsonValue()),
);

describe('the compiled record check agrees with zod', () => {
  it('compiles every record schema of the bundle format (none falls back to zod)', () => {
    for (const kind of RECORD_KINDS) expect(compileRecordCheck(RECORD_SCHEMAS[kind]), kind).not.toBeNull();
    expect(compileRecordCheck(tombstoneSchema)).not.toBeNull();
    expect(compileRecordCheck(redirectSchema)).not.toBeNull();
  });

  it('accepts exactly what zod accepts, on real records with fields swapped, dropped or added', () => {
    const { store } = buildSampleCase(tempDir());
    const samples = RECORD_KINDS.flatMap((kind) =>
      [...store.iterate(kind)].map((r) => ({ kind, record: JSON.parse(JSON.stringify(r)) as Record<string, unknown> })),
    );
    store.close();
    expect(new Set(samples.map((s) => s.kind)).size).toBe(RECORD_KINDS.length);
    const checks = new Map(RECORD_KINDS.map((k) => [k, compileRecordCheck(RECORD_SCHEMAS[k])!]));
    for (const { kind, record } of samples) expect(checks.get(kind)!(record), kind).toBe(true);

    const mutation = fc.record({
      sample: fc.nat(samples.length - 1),
      edits: fc.array(fc.record({ field: fc.oneof(fc.nat(30), fc.string()), value: oddValue, drop: fc.boolean() }), {
        minLength: 1,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(mutation, ({ sample, edits }) => {
        const { kind, record } = samples[sample]!;
        const fields = Object.keys(record);
        const changed: Record<string, unknown> = { ...record };
        for (const e of edits) {
          const field = typeof e.field === 'number' ? (fields[e.field % fields.length] ?? 'extra') : e.field;
          if (field === '__proto__') continue;
          if (e.drop) delete changed[field];
          else changed[field] = e.value;
        }
        expect(checks.get(kind)!(changed)).toBe(RECORD_SCHEMAS[kind].safeParse(changed).success);
      }),
      { numRuns: 3000, seed: 15 },
    );
  });

  it('accepts exactly what zod accepts for a manifest, with fields swapped or dropped at any depth', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const path = join(dir, 'sample.casebundle');
    exportBundle(store, path);
    store.close();
    const manifest = JSON.parse(Buffer.from(unzipSync(readFileSync(path))[MANIFEST_ENTRY]!).toString('utf8')) as Record<
      string,
      unknown
    >;
    const check = compileRecordCheck(manifestSchema)!;
    expect(check).not.toBeNull();
    expect(check(manifest)).toBe(true);
    // Paths into the manifest: top-level fields, the case and scope objects, one entry and one count.
    const entry = Object.keys(manifest.entries as object)[0]!;
    const count = Object.keys(manifest.counts as object)[0]!;
    const paths = [
      ...Object.keys(manifest).map((k) => [k]),
      ['case', 'id'],
      ['case', 'title'],
      ['case', 'extra'],
      ['scope', 'kind'],
      ['scope', 'chartId'],
      ['entries', entry],
      ['entries', entry, 'sha256'],
      ['entries', entry, 'size'],
      ['entries', entry, 'extra'],
      ['entries', 'records/new.jsonl'],
      ['counts', count],
      ['counts', 'extra'],
      ['extra'],
    ];
    const mutation = fc.array(fc.record({ path: fc.nat(paths.length - 1), value: oddValue, drop: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(mutation, (edits) => {
        const changed = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
        for (const e of edits) {
          const path = paths[e.path]!;
          let at: unknown = changed;
          for (const step of path.slice(0, -1))
            at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[step] : undefined;
          if (typeof at !== 'object' || at === null) continue;
          if (e.drop) delete (at as Record<string, unknown>)[path.at(-1)!];
          else (at as Record<string, unknown>)[path.at(-1)!] = e.value;
        }
        expect(check(changed)).toBe(manifestSchema.safeParse(changed).success);
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('agrees on values that are not objects at all', () => {
    for (const kind of RECORD_KINDS) {
      for (const v of [null, 1, 'x', [], [{}], true, undefined])
        expect(compileRecordCheck(RECORD_SCHEMAS[kind])!(v)).toBe(RECORD_SCHEMAS[kind].safeParse(v).success);
    }
  });
});
