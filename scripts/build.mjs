// Builds what the app runs: the CLI, the Electron main process, the preload bridge, worker
// threads (esbuild, one file each, packages left external but those extraction loads at start:
// worker-bundle.mjs) and the renderer (vite).
// `--if-needed` (the npm `prepare` hook) skips the build when dist/ is newer than every source.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { inlineWorkerPackages } from './worker-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const at = (p) => join(root, p);

if (process.argv.includes('--if-needed') && upToDate()) {
  console.log('dossier: build is up to date');
  process.exit(0);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};
const esm = {
  ...common,
  format: 'esm',
  banner: {
    js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);",
  },
};

const jobs = [build({ ...esm, entryPoints: [at('main/cli/main.ts')], outfile: at('dist/cli.mjs') })];
for (const f of listTs('main/core/workers')) {
  jobs.push(
    build({
      ...esm,
      packages: undefined,
      plugins: [inlineWorkerPackages()],
      entryPoints: [at(`main/core/workers/${f}`)],
      outfile: at(`dist/worker-${f.replace(/\.ts$/, '.mjs')}`),
    }),
  );
}
if (existsSync(at('main/electron/main.ts'))) {
  jobs.push(
    build({
      ...esm,
      entryPoints: [at('main/electron/main.ts')],
      outfile: at('dist/electron-main.mjs'),
      external: ['electron'],
    }),
  );
}
if (existsSync(at('preload/index.ts'))) {
  // Sandboxed preloads must be one CommonJS file with nothing but electron left external.
  jobs.push(
    build({
      ...common,
      packages: undefined,
      format: 'cjs',
      entryPoints: [at('preload/index.ts')],
      outfile: at('dist/preload.cjs'),
      external: ['electron'],
    }),
  );
}
await Promise.all(jobs);

if (existsSync(at('renderer/index.html'))) {
  const r = spawnSync(
    process.execPath,
    [at('node_modules/vite/bin/vite.js'), 'build', '--config', at('renderer/vite.config.ts'), '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      cwd: root,
      // Always React's production build: vitest sets NODE_ENV=test, which would ship the development one.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log('dossier: built into dist/');

function listTs(dir) {
  return existsSync(at(dir)) ? readdirSync(at(dir)).filter((f) => f.endsWith('.ts')) : [];
}

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function upToDate() {
  if (!existsSync(at('dist/cli.mjs'))) return false;
  const built = statSync(at('dist/cli.mjs')).mtimeMs;
  return ['main', 'preload', 'renderer', 'assets'].every((d) => newest(at(d)) <= built);
}
