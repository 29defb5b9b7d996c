import { z } from 'zod';
import { noArgs } from './common.js';
import { method, returns } from './define.js';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** A file an import skipped, and why, in words an analyst can act on. */
export interface JobSkippedFile {
  name: string;
  reason: string;
  kind: string;
}

export interface JobFileResult {
  name: string;
  documentId: string;
  title: string;
  entities: number;
}

export interface JobStatus {
  jobId: string;
  kind: 'import' | 'sample-case' | string;
  label: string;
  state: JobState;
  done: number;
  total: number;
  currentItem: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** Filled as files finish, so the import dialog can show per-file results while it runs. */
  files: JobFileResult[];
  skipped: JobSkippedFile[];
  error: string | null;
}

export const jobMethods = {
  'jobs:list': method(noArgs, returns<JobStatus[]>()),
  'jobs:cancel': method(z.object({ jobId: z.string().min(1).max(100) }).strict(), returns<JobStatus>()),
};
