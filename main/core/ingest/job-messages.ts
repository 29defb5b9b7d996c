import type { PrepareOutcome } from './prepare-file.js';

/** What the parent gives each ingest worker when it starts. */
export interface IngestWorkerData {
  maxBytes?: number;
  extract: boolean;
  /** SHA-256 → document id of what the case already holds, so duplicates are not even read. */
  known: [string, string][];
}

/** Parent → worker: one file to read and extract. */
export interface ToWorker {
  type: 'file';
  index: number;
  path: string;
  problem: string | null;
}

/** Worker → parent. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'prepared'; index: number; outcome: PrepareOutcome }
  | { type: 'failed'; message: string };

/** Files handed to one worker at a time: enough to keep it busy, few enough to bound memory. */
export const FILES_PER_WORKER = 2;
