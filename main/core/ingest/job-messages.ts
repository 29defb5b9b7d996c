import type { PrepareOutcome } from './prepare-file.js';

/** What the parent gives the ingest worker when it starts. */
export interface IngestWorkerData {
  files: { path: string; problem: string | null }[];
  maxBytes?: number;
  extract: boolean;
  /** SHA-256 → document id of what the case already holds, so duplicates are not even read. */
  known: [string, string][];
}

/** Parent → worker. `ack`: one prepared file was written, send more; `cancel`: stop after this file. */
export type ToWorker = { type: 'ack' } | { type: 'cancel' };

/** Worker → parent. */
export type FromWorker =
  | { type: 'started'; index: number; path: string }
  | { type: 'prepared'; index: number; outcome: PrepareOutcome }
  | { type: 'done'; cancelled: boolean }
  | { type: 'failed'; message: string };

/** How many prepared files may wait for the parent: enough to overlap reading and writing, few enough to bound memory. */
export const MAX_IN_FLIGHT = 2;
