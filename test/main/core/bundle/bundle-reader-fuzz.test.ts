import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { verifyBundle } from '../../../../main/core/bundle/verify-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import { manifestBytes, writeSmallBundle } from '../../../../scripts/hostile/craft-bundle.js';
import { storedEntry, writeRawZip } from '../../../../scripts/hostile/raw-zip.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from './sample-case.js';

const tempDir = useTempDir();
/** Fixed seed and budget: the same cases every run, a few seconds in CI (DOSSIER_FUZZ_RUNS/SEED/MS for a longer hunt). */
const RUN = {
  seed: Number(process.env.DOSSIER_FUZZ_SEED ?? 20261203),
  numRuns: Number(process.env.DOSSIER_FUZZ_RUNS ?? 120),
  interruptAfterTimeLimit: Number(process.env.DOSSIER_FUZZ_MS ?? 6000),
};

/** Reading must end in a result or a DossierError (a reason for people), never anything else. */
function readsOrRefuses(path: string): void {
  try {
    verifyBundle(path);
  } catch (e) {
    if (!(e instanceof DossierError)) throw e;
  }
}

describe('fuzzing the bundle reader (fixed seed)', () => {
  it('a real bundle with bytes flipped, cut or inserted anywhere is read or refused, never crashes', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const good = join(dir, 'good.casebundle');
    exportBundle(store, good, { level: 0 });
    store.close();
    const original = readFileSync(good);
    const path = join(dir, 'fuzzed.casebundle');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.nat({ max: original.length }), { nil: undefined }),
        (flips, cut) => {
          const bytes = Buffer.from(original);
          for (const [at, value] of flips) bytes[at] = value;
          writeFileSync(path, cut === undefined ? bytes : bytes.subarray(0, cut));
          readsOrRefuses(path);
        },
      ),
      RUN,
    );
  });

  it('any JSON lines in a records entry are read or refused line by line', () => {
    const dir = tempDir();
    const path = join(dir, 'lines.casebundle');
    const lines = fc.array(fc.oneof(fc.json(), fc.string(), fc.constant('')), { maxLength: 5 });
    fc.assert(
      fc.property(lines, fc.constantFrom('entity', 'link', 'document', 'chartNode'), (ls, kind) => {
        writeSmallBundle(path, { [`records/${kind}.jsonl`]: ls.map((l) => `${l}\n`).join('') });
        readsOrRefuses(path);
      }),
      RUN,
    );
  });

  it('any manifest is read or refused', () => {
    const dir = tempDir();
    const path = join(dir, 'manifest.casebundle');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.dictionary(
            fc.constantFrom('format', 'formatVersion', 'entries', 'counts', 'case', 'scope', 'tlp'),
            fc.jsonValue(),
          ),
        ),
        (m) => {
          const base = JSON.parse(manifestBytes({}).toString()) as Record<string, unknown>;
          const body = typeof m === 'string' ? m : JSON.stringify({ ...base, ...(m as object) });
          writeRawZip(path, [storedEntry('manifest.json', Buffer.from(body))]);
          readsOrRefuses(path);
        },
      ),
      RUN,
    );
  });
});
