// `npm run bench`: runs every test/bench/**/*.bench.ts in its own process (so each one's peak
// RSS is its own) and passes its `name: value unit` lines through. `npm run bench -- store`
// runs only the benchmarks whose file name contains "store"; `--short` is passed on to them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
// Arguments starting with -- (e.g. --short) are passed on to every benchmark; the rest filter.
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));

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
let failed = 0;
for (const file of files) {
  console.log(`# ${relative(root, file)}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...flags], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    failed++;
    console.log(`# ${relative(root, file)} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
