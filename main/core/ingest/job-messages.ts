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

/**
 * Prepared files committed in one transaction with one audit row: enough that the per-commit
 * and per-row audit costs stop mattering, few enough that the thread writing (the app's main
 * thread) is never held for long, and never held back longer than BATCH_WAIT_MS.
 */
export const BATCH_MAX_FILES = 25;
/** A batch of large files (PDFs, long texts) is committed once it holds this much. */
export const BATCH_MAX_BYTES = 32 * 1024 * 1024;
export const BATCH_WAIT_MS = 250;
