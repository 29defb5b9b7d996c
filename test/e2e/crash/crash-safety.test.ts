import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../lib/seeded-random.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { caseInvariantProblems } from '../../helpers/case-invariants.js';
import { buildApp, homeWithSample, root } from '../serve-fixture.js';
import { samplePathOf } from '../../../main/handlers/sample-path.js';
import { appPathsUnder } from '../../../main/handlers/app-paths.js';

// A few runs per operation in CI; `DOSSIER_CRASH_RUNS=30 npx vitest run --project e2e test/e2e/crash` for the full run.
const RUNS = Number(process.env.DOSSIER_CRASH_RUNS ?? 2);
const SEED = Number(process.env.DOSSIER_CRASH_SEED ?? 20261203);
const dossier = join(root, 'bin/dossier.mjs');

let work: string;
let sample: string;
let bundle: string;
const corpus = join(root, '..', 'shared', 'corpus');

beforeAll(async () => {
  buildApp();
  work = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  await homeWithSample(work);
  sample = samplePathOf(appPathsUnder(work));
  bundle = join(work, 'sample.casebundle');
  const r = spawnSync(process.execPath, [dossier, 'export', sample, bundle], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Operation {
  name: string;
  /** A fresh case for one run, and the command line to run on it. */
  prepare(dir: string): { casePath: string; args: string[] };
}

function copyOf(source: string, dir: string): string {
  const path = join(dir, 'case.dossier');
  copyFileSync(source, path);
  return path;
}

function emptyCase(dir: string): string {
  const path = join(dir, 'case.dossier');
  CaseStore.create(path, { title: 'Crash target' }).close();
  return path;
}

/** Up to 20 people of the sample case, merged into the first: a bulk merge. */
function bulkMergeArgs(casePath: string): string[] {
  const store = CaseStore.open(casePath, { readOnly: true });
  try {
    const people = store
      .list('entity', { type: 'person' })
      .slice(0, 20)
      .map((e) => e.id);
    return ['merge', casePath, ...people];
  } finally {
    store.close();
  }
}

const operations: Operation[] = [
  {
    name: 'ingest',
    prepare: (dir) => {
      const casePath = emptyCase(dir);
      return { casePath, args: ['ingest', casePath, corpus] };
    },
  },
  {
    name: 'import',
    prepare: (dir) => {
      const casePath = emptyCase(dir);
      return { casePath, args: ['import', casePath, bundle] };
    },
  },
  {
    name: 'merge',
    prepare: (dir) => {
      const casePath = copyOf(sample, dir);
      return { casePath, args: bulkMergeArgs(casePath) };
    },
  },
  {
    name: 'export',
    prepare: (dir) => {
      const casePath = copyOf(sample, dir);
      return { casePath, args: ['export', casePath, join(dir, 'out.casebundle')] };
    },
  },
  {
    name: 'reextract',
    prepare: (dir) => {
      const casePath = copyOf(sample, dir);
      return { casePath, args: ['reextract', casePath, '--all'] };
    },
  },
];

function runToEnd(args: string[]): { status: number | null; stderr: string; ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [dossier, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, ms: Date.now() - t };
}

/** Starts the command and SIGKILLs it after `ms`; resolves once it is gone. */
function killAfter(args: string[], ms: number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, [dossier, ...args], { stdio: 'ignore' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

describe('crash safety: SIGKILL at seeded random moments', () => {
  for (const op of operations) {
    it(`${op.name}: ${RUNS} kills leave a sound case, and a re-run completes`, async () => {
      const random = seededRandom(SEED + op.name.length);
      const timingDir = join(work, `${op.name}-timing`);
      mkdirSync(timingDir, { recursive: true });
      const timing = op.prepare(timingDir);
      const full = runToEnd(timing.args);
      expect(full.status, full.stderr).toBe(0);
      let killed = 0;
      for (let run = 0; run < RUNS; run++) {
        const dir = join(work, `${op.name}-${run}`);
        mkdirSync(dir, { recursive: true });
        const { casePath, args } = op.prepare(dir);
        const at = Math.round(50 + random() * full.ms);
        if ((await killAfter(args, at)) === 'killed') killed++;
        // Whatever was committed, the file is sound and the lock left behind does not block the next run.
        expect(caseInvariantProblems(casePath, join(dir, 'check.dossier')), `${op.name} killed at ${at} ms`).toEqual(
          [],
        );
        const check = spawnSync(process.execPath, [dossier, 'check', casePath], { encoding: 'utf8' });
        expect(check.status, `${op.name} killed at ${at} ms: ${check.stdout}${check.stderr}`).toBe(0);
        if (op.name === 'export') {
          // A killed export leaves no half bundle under the final name: either none, or one that verifies.
          const out = join(dir, 'out.casebundle');
          if (existsSync(out)) expect(spawnSync(process.execPath, [dossier, 'verify', out]).status).toBe(0);
        }
        const rerun = op.name === 'merge' ? mergeRerun(casePath, args) : runToEnd(args);
        expect(rerun.status, `${op.name} re-run after a kill at ${at} ms: ${rerun.stderr}`).toBe(0);
        expect(caseInvariantProblems(casePath, join(dir, 'check2.dossier'))).toEqual([]);
        for (const f of readdirSync(dir)) if (f.startsWith('check')) rmSync(join(dir, f));
      }
      console.log(`crash ${op.name}: ${RUNS} runs, ${killed} killed mid-way, uninterrupted run ${full.ms} ms`);
    }, 900_000);
  }
});

/** A merge is all or nothing: if the kill came after the commit, the merged entities are gone and there is nothing to re-run. */
function mergeRerun(casePath: string, args: string[]): { status: number | null; stderr: string } {
  const merged = args.slice(3);
  const store = CaseStore.open(casePath, { readOnly: true });
  const left = merged.filter((id) => store.get('entity', id)).length;
  store.close();
  if (left === 0) return { status: 0, stderr: '' };
  expect(left, 'a merge must be all or nothing').toBe(merged.length);
  return runToEnd(args);
}
