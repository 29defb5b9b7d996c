import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { verifyBundle } from '../../../../main/core/bundle/verify-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import {
  entityRecord,
  manifestBytes,
  repeatedEntry,
  writeSmallBundle,
} from '../../../../scripts/hostile/craft-bundle.js';
import { HOSTILE_FIXTURES } from '../../../../scripts/hostile/hostile-fixtures.js';
import { storedEntry, writeRawZip } from '../../../../scripts/hostile/raw-zip.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, snapshot } from './sample-case.js';

const tempDir = useTempDir();
const MiB = 1024 * 1024;

/** Letters that barely compress, so no per-entry ratio bound fires before the one under test. */
function noise(bytes: number): Buffer {
  const out = randomBytes(bytes);
  for (let i = 0; i < out.length; i++) out[i] = 97 + (out[i]! % 26);
  return out;
}

/** Imports into a sample case, expects a refusal matching `message` within `ms`, and an unchanged case. */
function expectRefusedQuickly(
  path: string,
  message: RegExp,
  ms: number,
  options: Parameters<typeof importBundle>[2] = {},
): void {
  const { store } = buildSampleCase(tempDir(), 'target.dossier');
  const before = snapshot(store);
  const started = performance.now();
  let error: unknown;
  try {
    importBundle(store, path, options);
  } catch (e) {
    error = e;
  }
  const took = performance.now() - started;
  expect(error).toBeInstanceOf(DossierError);
  expect((error as Error).message).toMatch(message);
  expect(took).toBeLessThan(ms);
  expect(snapshot(store)).toEqual(before);
  store.close();
}

function fixture(name: string): string {
  const f = HOSTILE_FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f.build(tempDir());
}

describe('bundles that would exhaust memory or time are refused up front, with a plain reason', () => {
  it('an encrypted header asking scrypt for 4 GiB is refused before any key is derived', () => {
    expectRefusedQuickly(
      fixture('kdf-bomb'),
      /scrypt N=1048576, r=32, p=16 \(4\.0 GiB of memory\).*refuses anything costlier/,
      1000,
      { passphrase: 'any' },
    );
  });

  it('a zip bomb padded to 199:1 is refused from its directory, before inflating', () => {
    expectRefusedQuickly(fixture('zip-bomb-199'), /would unpack to 2\.0 GiB \(199:1\).*past 50:1/, 1000);
  });

  it('a bundle declaring more than the total limit is refused with both sizes', () => {
    const path = join(tempDir(), 'total.casebundle');
    const big = repeatedEntry('records/entity.jsonl', noise(MiB), 4);
    writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [big.name]: { size: big.size } })), big]);
    expectRefusedQuickly(path, /this bundle would unpack to 4\.0 MiB; the limit is 2\.0 MiB/, 1000, {
      limits: { maxTotalBytes: 2 * MiB },
    });
  });

  it('an original larger than any ingest could produce is refused from the directory', () => {
    const path = join(tempDir(), 'original.casebundle');
    const big = repeatedEntry(`originals/${'a'.repeat(64)}`, noise(MiB), 4);
    writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [big.name]: { size: big.size } })), big]);
    expectRefusedQuickly(path, /would unpack to 4\.0 MiB; an original file may be at most 1\.0 MiB/, 1000, {
      limits: { maxOriginalBytes: MiB },
    });
  });

  it('a line past the line bound is refused as soon as it passes it (linear, bounded memory)', () => {
    const path = join(tempDir(), 'line.casebundle');
    const label = noise(3 * MiB).toString('latin1');
    writeSmallBundle(path, { 'records/entity.jsonl': `${JSON.stringify(entityRecord({ label }))}\n` });
    expectRefusedQuickly(path, /entity\.jsonl line 1 is longer than 1\.0 MiB/, 2000, { limits: { maxLineBytes: MiB } });
  });

  it('a 200 MB line is refused within the default bound', () => {
    expectRefusedQuickly(fixture('line-200mb'), /entity\.jsonl line 1 is longer than 32\.0 MiB/, 15_000);
  });

  it('lines up to the bound still import, however they are split across chunks', () => {
    const dir = tempDir();
    const path = join(dir, 'ok.casebundle');
    const text = noise(200_000).toString('latin1');
    const records = [
      entityRecord({ label: `é${text}é` }),
      entityRecord({ label: 'plain' }),
      entityRecord({ label: `😀${text}😀` }),
    ];
    writeSmallBundle(path, { 'records/entity.jsonl': records.map((r) => `${JSON.stringify(r)}\n`).join('') });
    const { store } = buildSampleCase(dir, 'target.dossier');
    // Streaming (fflate) path with small chunks, so lines and UTF-8 sequences straddle chunk edges.
    const r = importBundle(store, path, { limits: { inflateInMemoryBytes: 0, maxLineBytes: 2 * MiB } });
    expect(r.report.kinds.entity.new).toBe(3);
    expect(store.get('entity', records[2]!.id as string)?.label).toBe(`😀${text}😀`);
    store.close();
  });

  it('a blank line is refused (Dossier writes none; a bundle of newlines would be a cheap bomb)', () => {
    const path = join(tempDir(), 'blank.casebundle');
    writeSmallBundle(path, { 'records/entity.jsonl': `${JSON.stringify(entityRecord())}\n\n` });
    expect(verifyBundle(path).problems[0]?.problem).toMatch(/line 2 is blank/);
  });

  it('a manifest larger than its bound is refused before it is parsed', () => {
    const path = join(tempDir(), 'manifest.casebundle');
    writeFileSync(path, Buffer.alloc(0));
    writeRawZip(path, [storedEntry('manifest.json', Buffer.alloc(2 * MiB, 0x20))]);
    expectRefusedQuickly(path, /manifest\.json is larger than/, 1000, { limits: { maxManifestBytes: MiB } });
  });
});
