import { coreImport } from '../handlers/core-services.js';
import { appPathsUnder } from '../handlers/app-paths.js';
import type { HostPlatform, ImportService } from '../handlers/context.js';
import { createRuntime, type Runtime } from '../handlers/runtime.js';
import { buildSampleCase } from '../handlers/sample-case/build.js';
import { warmIngestPool } from '../core/ingest/ingest-pool.js';

/**
 * How long after a case opens its import workers start. Each costs most of a second of CPU to
 * load extraction, which should not compete with drawing the case the analyst just opened;
 * choosing files to import takes longer than this.
 */
export const WARM_IMPORT_DELAY_MS = 2000;

/** Starts the import workers a little after a case opens; the timer never holds the process. */
export function warmImportSoon(delayMs = WARM_IMPORT_DELAY_MS): void {
  setTimeout(warmIngestPool, delayMs).unref();
}

/** A runtime on the real core services, for the browser host and the desktop app alike. */
export function createAppRuntime(
  userData: string,
  platform: HostPlatform,
  log: (line: string) => void,
  importFiles: ImportService = coreImport,
): Runtime {
  return createRuntime({
    paths: appPathsUnder(userData),
    platform,
    importFiles,
    buildSampleCase: async (path) => {
      const report = await buildSampleCase(path, importFiles);
      for (const p of report.problems) log(`sample case: ${p}`);
    },
    // Only the worker-backed import has workers to start; an injected one (tests) has none.
    ...(importFiles === coreImport ? { warmImport: () => warmImportSoon() } : {}),
    log,
  });
}
