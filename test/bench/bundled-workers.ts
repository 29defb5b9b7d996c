// Worker threads as the app ships them. Run from source, a worker registers tsx and compiles
// the extraction code again in its own thread (about 2 s of CPU per worker, measured), which
// the app never pays. A benchmark calls this first: the workers are bundled from the current
// source with the options of scripts/build.mjs (the same packages inlined: worker-bundle.mjs) into a temporary folder under test-output/
// (inside the project, so their packages resolve from node_modules as dist/'s do), and workers started
// from source use them (DOSSIER_BUNDLED_WORKERS, honoured only when running from source).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inlineWorkerPackages } from '../../scripts/worker-bundle.mjs';

const root = new URL('../..', import.meta.url).pathname;

export async function useBundledWorkers(): Promise<void> {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  const out = mkdtempSync(join(root, 'test-output', 'bench-workers-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  const dir = join(root, 'main/core/workers');
  await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) =>
        build({
          entryPoints: [join(dir, f)],
          outfile: join(out, `worker-${f.replace(/\.ts$/, '.mjs')}`),
          bundle: true,
          platform: 'node',
          target: 'node20',
          plugins: [inlineWorkerPackages()],
          format: 'esm',
          logLevel: 'warning',
          banner: {
            js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);",
          },
        }),
      ),
  );
  process.env.DOSSIER_BUNDLED_WORKERS = out;
}
