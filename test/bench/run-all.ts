// `npm run bench`: runs every test/bench/**/*.bench.ts in its own process (so each one's peak
// RSS is its own), passes its `name: value unit` lines through, and writes bench-report.md and
// bench-report.json (every figure, the goal where the issues set one, and the machine).
// `npm run bench -- store` runs only the benchmarks whose path contains "store";
// `npm run bench -- --short` runs every benchmark once at small sizes, leaving out only the
// slowest rows (fcose at 1k, the 5k pan): what CI runs, so no benchmark rots. It fails only when
// a benchmark crashes (or hangs past SHORT_TIMEOUT_MS), never on a slow figure.
// Other arguments starting with -- are passed on to every benchmark.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeMachine, markdownReport, parseFigures, type Figure } from './bench-report.js';

const root = new URL('../..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const short = process.argv.includes('--short');
// Arguments starting with -- (e.g. --short) are passed on to every benchmark; the rest filter.
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));

// Small sizes for --short: each benchmark reads its own knob.
const SHORT_ENV = {
  DOSSIER_BENCH_SHORT: '1',
  STORE_BENCH_SCALE: '0.02',
  BUNDLE_BENCH_SCALE: '0.02',
  NER_BENCH_SCALE: '0.05',
  EXTRACT_BENCH_BYTES: '50000',
  INGEST_BENCH_DOCS: '30',
  CHART_BENCH_SIZES: '300',
  CHART_BENCH_SKIP_FCOSE: '1',
  CHART_REAL_UI_SIZES: '100',
};
/** A short benchmark that has not finished in this long is hung, not slow (each takes < 1 min here). */
const SHORT_TIMEOUT_MS = 10 * 60_000;

function find(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return find(p);
    return e.name.endsWith('.bench.ts') ? [p] : [];
  });
}

const files = find(here)
  .filter((f) => !filters.length || filters.some((x) => relative(here, f).includes(x)))
  .sort();
const figures: Figure[] = [];
let failed = 0;
for (const file of files) {
  const name = relative(here, file).replace(/\.bench\.ts$/, '');
  console.log(`# ${relative(root, file)}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...flags], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...(short ? SHORT_ENV : {}) },
    maxBuffer: 64 * 1024 * 1024,
    ...(short ? { timeout: SHORT_TIMEOUT_MS, killSignal: 'SIGKILL' as const } : {}),
  });
  process.stdout.write(r.stdout ?? '');
  figures.push(...parseFigures(name, r.stdout ?? ''));
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    failed++;
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    console.log(`# ${relative(root, file)} failed (${why}) after ${seconds.toFixed(1)} s`);
  } else console.log(`# ${relative(root, file)} took ${seconds.toFixed(1)} s`);
}
const machine = await describeMachine();
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'bench-report.md'), markdownReport(machine, figures, short));
writeFileSync(
  join(root, 'test-output', 'bench-report.json'),
  `${JSON.stringify({ short, machine, figures }, null, 2)}\n`,
);
console.log(
  `# ${figures.length} figures → bench-report.md, test-output/bench-report.json; ${files.length - failed} of ${files.length} benchmarks ran`,
);
process.exit(failed ? 1 : 0);
