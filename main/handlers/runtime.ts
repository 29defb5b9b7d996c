import { mkdirSync } from 'node:fs';
import { CaseSession } from './case-session.js';
import type { AppPaths, HandlerContext, HostPlatform, ImportService, SampleCaseBuilder } from './context.js';
import { createDispatch, type Dispatch } from './dispatch.js';
import { EventBus } from './event-bus.js';
import { handlers } from './index.js';
import { JobRegistry } from './job-registry.js';
import { PathGrants } from './path-grants.js';
import { RecentCases } from './recent-cases.js';
import { samplePathOf } from './sample-path.js';

export interface RuntimeOptions {
  paths: AppPaths;
  platform: HostPlatform;
  importFiles: ImportService;
  buildSampleCase: SampleCaseBuilder;
  /** Gets imports ready (starts their workers); called when a case opens writable. */
  warmImport?: () => void;
  log?: (line: string) => void;
}

export interface Runtime {
  ctx: HandlerContext;
  dispatch: Dispatch;
  /** Closes the open case and cancels running jobs (window closed, server stopped). */
  shutdown(): void;
}

/** One running Dossier: the open case, its jobs and events, and the dispatcher over them. */
export function createRuntime(options: RuntimeOptions): Runtime {
  for (const dir of [options.paths.userData, options.paths.cases, options.paths.temp])
    mkdirSync(dir, { recursive: true });
  const events = new EventBus();
  const session = new CaseSession(samplePathOf(options.paths), options.warmImport);
  const recent = new RecentCases(options.paths.userData);
  const grants = new PathGrants([options.paths.cases, options.paths.temp], (p) =>
    recent.list().some((r) => r.path === p),
  );
  const ctx: HandlerContext = {
    session,
    jobs: new JobRegistry(events),
    recent,
    events,
    paths: options.paths,
    grants,
    platform: options.platform,
    importFiles: options.importFiles,
    buildSampleCase: options.buildSampleCase,
    changed(kinds) {
      events.emit('case:changed', { summary: session.summary(), kinds });
    },
  };
  return {
    ctx,
    dispatch: createDispatch(handlers, ctx, options.log),
    shutdown() {
      for (const j of ctx.jobs.list()) if (j.state === 'running') ctx.jobs.cancel(j.jobId);
      session.close();
    },
  };
}
