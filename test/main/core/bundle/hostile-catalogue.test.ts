import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_FIXTURES } from '../../../../scripts/hostile/hostile-fixtures.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from './sample-case.js';

const tempDir = useTempDir();
const run_ = promisify(execFile);
const runner = join(import.meta.dirname, '../../../../scripts/hostile/import-in-child.ts');
const MAX_MS = 5000;
const MAX_MB = 300;

interface ChildResult {
  outcome: 'imported' | 'refused';
  message: string;
  ms: number;
  peakMb: number;
}

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Every hostile input of the catalogue, each imported into a real case file in its own process
 * (so time and peak memory are its own), printed as a table. Each must be refused (or, for
 * attacks on the analyst's own records, refused for lack of consent), within 5 s and 300 MB,
 * and leave the case file byte-identical.
 */
describe('hostile catalogue', () => {
  it('refuses every input, bounded in time and memory, leaving the case unchanged', async () => {
    const dir = tempDir();
    const { store, ids, path: casePath } = buildSampleCase(dir, 'target.dossier');
    const document: Record<string, unknown> = store.require('document', ids.doc!);
    store.close();
    const rows: string[] = ['input · outcome · time · peak memory · case unchanged'];
    const failures: string[] = [];
    // Each input gets its own copy of the case, so two children can run at once.
    const run = async (f: (typeof HOSTILE_FIXTURES)[number]): Promise<string> => {
      const input = f.build(dir, { ids, document });
      const target = join(dir, `${f.name}.dossier`);
      copyFileSync(casePath, target);
      const before = digest(target);
      const { stdout } = await run_(
        process.execPath,
        ['--import', 'tsx', runner, target, input, JSON.stringify(f.options ?? {})],
        { encoding: 'utf8', timeout: 60_000 },
      );
      const r = JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
      const unchanged = digest(target) === before;
      if (r.outcome !== 'refused' || !unchanged || r.ms > MAX_MS || r.peakMb > MAX_MB) failures.push(f.name);
      const reason = r.message.replace(
        /^nothing was imported: (\d+ problem\(s\) in )?\S+?(: | would)/,
        (_m, _p, tail: string) => (tail === ' would' ? 'would' : ''),
      );
      return `${f.name} · ${r.outcome}: ${reason.slice(0, 120)} · ${(r.ms / 1000).toFixed(2)} s · ${r.peakMb} MB · ${unchanged ? 'yes' : 'NO'}`;
    };
    const queue = [...HOSTILE_FIXTURES];
    const results = new Map<string, string>();
    await Promise.all(
      [0, 1].map(async () => {
        for (let f = queue.shift(); f; f = queue.shift()) results.set(f.name, await run(f));
      }),
    );
    for (const f of HOSTILE_FIXTURES) rows.push(results.get(f.name)!);
    console.log(rows.join('\n'));
    expect(failures).toEqual([]);
  }, 240_000);
});
