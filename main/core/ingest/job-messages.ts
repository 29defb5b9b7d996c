import type { PrepareOutcome } from './prepare-file.js';

/** What an ingest worker is given when it starts (it serves many imports: see ingest-pool.ts). */
export interface IngestWorkerData {
  /** Load extraction at once, so the first import finds it ready. */
  warm: boolean;
}

/** Parent → worker: the settings of one import, sent before its files. */
export interface JobStart {
  type: 'job';
  job: number;
  maxBytes?: number;
  extract: boolean;
  /** SHA-256 → document id of what the case already holds, so duplicates are not even read. */
  known: [string, string][];
}

/** Parent → worker: one file of the current import to read and extract. */
export interface FileToPrepare {
  type: 'file';
  job: number;
  index: number;
  path: string;
  problem: string | null;
}

export type ToWorker = JobStart | FileToPrepare;

/** Worker → parent. `job` null: a failure outside any import (loading extraction at start). */
export type FromWorker =
  | { type: 'prepared'; job: number; index: number; outcome: PrepareOutcome }
  | { type: 'failed'; job: number | null; message: string };

/**
 * Files handed to one worker at a time: enough to keep it extracting while the writing thread
 * commits a batch (it hands out more only between commits), few enough to bound memory.
 */
export const FILES_PER_WORKER = 4;

/**
 * Prepared files committed in one transaction with one audit row: enough that the per-commit
 * and per-row audit costs stop mattering, few enough that the thread writing (the app's main
 * thread) is never held for long, and never held back longer than BATCH_WAIT_MS.
 */
export const BATCH_MAX_FILES = 25;
/** A batch of large files (PDFs, long texts) is committed once it holds this much. */
export const BATCH_MAX_BYTES = 32 * 1024 * 1024;
export const BATCH_WAIT_MS = 250;
