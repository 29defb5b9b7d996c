import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EventName } from '../../preload/contract.js';
import { inProcessImport } from '../../main/handlers/core-services.js';
import type { ImportService } from '../../main/handlers/context.js';
import { createRuntime, type Runtime } from '../../main/handlers/runtime.js';
import { buildSampleCase } from '../../main/handlers/sample-case/build.js';
import { useTempDir } from '../helpers/temp-dir.js';

export interface Recorded {
  name: EventName;
  payload: unknown;
}

/**
 * A runtime on the real core services in a temp folder, recording every event it emits. Imports
 * run in-process unless a test asks for the app's worker-thread job.
 */
export function makeRuntime(
  dir: string,
  importFiles: ImportService = inProcessImport,
): Runtime & { events: Recorded[]; call: (m: string, a?: unknown) => Promise<unknown> } {
  const runtime = createRuntime({
    paths: { userData: join(dir, 'user'), cases: join(dir, 'cases'), temp: join(dir, 'tmp') },
    platform: { kind: 'browser', versions: { electron: null, chromium: null } },
    importFiles,
    buildSampleCase: async (p) => void (await buildSampleCase(p, importFiles)),
  });
  const events: Recorded[] = [];
  runtime.ctx.events.subscribe((name, payload) => events.push({ name, payload: structuredClone(payload) }));
  /** Calls a method and returns its value, throwing `code: message` when refused. */
  const call = async (method: string, args: unknown = {}) => {
    const reply = await runtime.dispatch(method, args);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  return Object.assign(runtime, { events, call });
}

/**
 * `runtime()` makes a runtime (as `makeRuntime`) in a fresh temp folder and shuts it down after
 * the test, whether it passed or not. Call at the top of a test file.
 */
export function useRuntimes(prefix: string): (importFiles?: ImportService) => ReturnType<typeof makeRuntime> {
  const tempDir = useTempDir(prefix);
  let open: ReturnType<typeof makeRuntime>[] = [];
  afterEach(() => {
    for (const r of open) r.shutdown();
    open = [];
  });
  return (importFiles) => {
    const r = makeRuntime(tempDir(), importFiles);
    open.push(r);
    return r;
  };
}
