import { fileURLToPath } from 'node:url';

/**
 * Where a worker's entry file is, and how to start it. From the build, workers are siblings of
 * the bundle (`dist/worker-<name>.mjs`); from source (tests) they are `workers/<name>.ts`,
 * started through tsx's loader.
 */
export function workerEntry(name: string): { file: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return { file: fileURLToPath(new URL(`./workers/${name}.ts`, here)), execArgv: ['--import', 'tsx'] };
  }
  return { file: fileURLToPath(new URL(`./worker-${name}.mjs`, here)), execArgv: [] };
}
