import type { ImportOptions, ImportProgress, ImportSummary } from '../core/ingest/types.js';
import type { WritableCase } from '../core/store/case-store.js';
import type { CaseSession } from './case-session.js';
import type { EventBus } from './event-bus.js';
import type { JobRegistry } from './job-registry.js';
import type { PathGrants } from './path-grants.js';
import type { RecentCases } from './recent-cases.js';

/** Folders the app keeps its own files in. */
export interface AppPaths {
  /** Settings, recent cases, window state. */
  userData: string;
  /** Where "New case" puts a case when no path is given, and where the sample case is built. */
  cases: string;
  /** Scratch space for uploaded files before import. */
  temp: string;
}

/** What differs between the desktop app and the browser host. */
export interface HostPlatform {
  kind: 'electron' | 'browser';
  versions: { electron: string | null; chromium: string | null };
  /** Native file pickers; absent in the browser host. */
  pickFiles?: (
    purpose: 'open-case' | 'new-case' | 'import-documents' | 'import-bundle' | 'export-bundle',
  ) => Promise<string[] | null>;
}

/** The import pipeline, injected so the shell does not depend on how ingest runs it. */
export type ImportService = (
  store: WritableCase,
  paths: readonly string[],
  options: ImportOptions & { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void },
) => Promise<ImportSummary>;

/** Builds the sample case at `path` from its bundled sources. */
export type SampleCaseBuilder = (path: string) => Promise<void>;

/** Everything a handler may use. One per running app (Electron) or browser host. */
export interface HandlerContext {
  readonly session: CaseSession;
  readonly jobs: JobRegistry;
  readonly recent: RecentCases;
  readonly events: EventBus;
  readonly paths: AppPaths;
  /** Paths the renderer may name: only those the main side handed out, or inside the app's folders. */
  readonly grants: PathGrants;
  readonly platform: HostPlatform;
  readonly importFiles: ImportService;
  readonly buildSampleCase: SampleCaseBuilder;
  /** Tells the renderer that records of these kinds changed, with fresh counts. */
  changed(kinds: string[]): void;
}
