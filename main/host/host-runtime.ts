import { coreImport } from '../handlers/core-services.js';
import { appPathsUnder } from '../handlers/app-paths.js';
import type { HostPlatform, ImportService } from '../handlers/context.js';
import { createRuntime, type Runtime } from '../handlers/runtime.js';
import { buildSampleCase } from '../handlers/sample-case/build.js';

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
    log,
  });
}
