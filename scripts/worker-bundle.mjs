// How worker threads are bundled (scripts/build.mjs for the app, test/bench/bundled-workers.ts
// for benchmarks, so both measure the same thing). Packages stay external, as in the rest of
// the build, except those extraction loads when a worker starts: compromise ships as hundreds of
// small ES modules, and resolving and linking them one by one was about half of an ingest
// worker's start-up CPU (measured: 1.3–1.8 s with them external, 0.65–0.8 s inlined).
import { isAbsolute } from 'node:path';

/** Packages (and everything they import) built into the worker files. */
export const WORKER_INLINED_PACKAGES = ['compromise', 'chrono-node', 'libphonenumber-js'];

const packageOf = (spec) => {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** An esbuild plugin: every bare import is external unless an inlined package (or one of its own imports). */
export function inlineWorkerPackages() {
  const inlined = new Set(WORKER_INLINED_PACKAGES);
  const insideInlined = (importer) =>
    WORKER_INLINED_PACKAGES.some((p) => importer.replaceAll('\\', '/').includes(`/node_modules/${p}/`));
  return {
    name: 'inline-worker-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isAbsolute(args.path) || args.path.startsWith('node:')) return undefined;
        if (inlined.has(packageOf(args.path)) || insideInlined(args.importer)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}
