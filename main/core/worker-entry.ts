import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Where a worker's entry file is, and how to start it. From the build, workers are siblings of
 * the bundle (`dist/worker-<name>.mjs`); from source (tests) they are `workers/<name>.ts`,
 * started through tsx's loader.
 */
export function workerEntry(name: string): { file: string; execArgv: string[] } {
  const here = import.meta.url;
  // Benchmarks run from source but measure the shipped worker: bundled just before into
  // DOSSIER_BUNDLED_WORKERS (test/bench/bundled-workers.ts), so start-up is not tsx's. Only
  // from source: the built app never takes code from an environment variable.
  const bundled = here.endsWith('.ts') ? process.env.DOSSIER_BUNDLED_WORKERS : undefined;
  if (bundled) return { file: join(bundled, `worker-${name}.mjs`), execArgv: [] };
  if (here.endsWith('.ts')) {
    return { file: fileURLToPath(new URL(`./workers/${name}.ts`, here)), execArgv: ['--import', 'tsx'] };
  }
  return { file: fileURLToPath(new URL(`./worker-${name}.mjs`, here)), execArgv: [] };
}

/**
 * Starts worker `name`. From source, Node 20 ignores `--import tsx` in a worker's execArgv, so
 * the worker is started from a two-line bootstrap that registers tsx in the worker's own
 * thread and then imports the entry; from the build, the bundled file is started directly.
 */
export function startWorker(name: string, options: WorkerOptions = {}): Worker {
  const entry = workerEntry(name);
  // A bundled worker needs no loader: without `execArgv: []` it would inherit the parent's
  // (a benchmark run through tsx registered tsx again in every worker, ~0.15 s of its start-up).
  if (!entry.execArgv.length) return new Worker(entry.file, { execArgv: [], ...options });
  const url = pathToFileURL(entry.file).href;
  const bootstrap = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
