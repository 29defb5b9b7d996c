import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { DossierError } from '../errors.js';
import { CaseStore, type WritableCase } from '../store/case-store.js';
import { startWorker } from '../worker-entry.js';
import { documentHashes } from '../store/document-hashes.js';
import { collectFiles } from './collect-files.js';
import { commitBatch } from './commit-batch.js';
import { storeContext } from './import-files.js';
import {
  BATCH_MAX_BYTES,
  BATCH_MAX_FILES,
  BATCH_WAIT_MS,
  FILES_PER_WORKER,
  type FromWorker,
  type IngestWorkerData,
} from './job-messages.js';
import type { PrepareOutcome, PreparedDocument } from './prepare-file.js';
import type { ImportOptions, ImportProgress, ImportSummary } from './types.js';

export interface ImportJobOptions extends ImportOptions {
  /**
   * Worker threads reading and extracting; default one per core, at most 4. The writing thread
   * needs little (a few ms per document), so it does not get a core of its own.
   */
  workers?: number;
  /** Most files committed in one transaction (default BATCH_MAX_FILES; 1 commits file by file). */
  batchFiles?: number;
  /** Longest a ready file waits for its batch to fill (default BATCH_WAIT_MS). */
  batchWaitMs?: number;
}

/**
 * Imports files with reading and extraction in worker threads and the writes in this thread,
 * which holds the case (see README: one writer per case). `target` is a case path (opened and
 * closed here, so the CLI can use it) or a case the caller already holds open (the app).
 * Files are committed in the order given whatever worker finishes first, so a re-run gives the
 * same case, in batches (one transaction and one audit row each, see commit-batch.ts) of what
 * is ready — at most BATCH_MAX_FILES, and never held back longer than BATCH_WAIT_MS, so the
 * progress keeps moving. Cancelling stops handing out files; everything committed before stays.
 */
export async function runImportJob(
  target: string | WritableCase,
  paths: readonly string[],
  options: ImportJobOptions = {},
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const store = typeof target === 'string' ? CaseStore.open(target) : target;
  try {
    const ctx = storeContext(store, options);
    const files = await collectFiles(paths, store.path);
    const summary: ImportSummary = { imported: [], skipped: [], cancelled: false };
    const progress: ImportProgress = { filesDone: 0, filesTotal: files.length, currentFile: null, entitiesFound: 0 };
    onProgress?.({ ...progress });
    if (!files.length) return summary;
    const known = documentHashes(store);
    const data: IngestWorkerData = { maxBytes: options.maxBytes, extract: options.extract !== false, known };
    // A worker costs a second or two to start (extraction loads its data): small imports get one.
    const count = Math.max(
      1,
      Math.min(options.workers ?? Math.min(4, availableParallelism()), Math.ceil(files.length / 50)),
    );
    const batchFiles = Math.max(1, options.batchFiles ?? BATCH_MAX_FILES);
    const workers: Worker[] = [];
    const done = new Map<number, PrepareOutcome>();
    let nextToSend = 0;
    let nextToCommit = 0;
    let onAbort: (() => void) | null = null;
    // Ready in order, not committed yet.
    const pending: PrepareOutcome[] = [];
    let pendingBytes = 0;
    let timer: NodeJS.Timeout | null = null;
    const flush = (): void => {
      if (timer) clearTimeout(timer);
      timer = null;
      const batch = pending.splice(0);
      pendingBytes = 0;
      if (!batch.length) return;
      if (signal?.aborted) {
        for (const o of batch)
          summary.skipped.push({ path: o.path, kind: 'cancelled', reason: 'the import was cancelled' });
      } else commitBatch(store, batch, ctx, summary, progress);
      progress.filesDone += batch.length;
      onProgress?.({ ...progress, currentFile: null });
    };
    try {
      await new Promise<void>((resolve, reject) => {
        const feed = (w: Worker, slots: number): void => {
          for (let i = 0; i < slots && nextToSend < files.length && !signal?.aborted; i++) {
            const index = nextToSend++;
            const f = files[index]!;
            w.postMessage({ type: 'file', index, path: f.path, problem: f.problem });
            onProgress?.({ ...progress, currentFile: f.path });
          }
        };
        const commitReady = (): void => {
          for (let o = done.get(nextToCommit); o; o = done.get(nextToCommit)) {
            done.delete(nextToCommit++);
            pending.push(o);
            pendingBytes += sizeOf(o);
            if (pending.length >= batchFiles || pendingBytes >= BATCH_MAX_BYTES) flush();
          }
          const stopped = signal?.aborted && nextToCommit === nextToSend;
          if (nextToCommit === files.length || stopped) {
            flush();
            resolve();
          } else if (pending.length && !timer) {
            timer = setTimeout(() => {
              try {
                flush();
              } catch (e) {
                reject(e as Error);
              }
            }, options.batchWaitMs ?? BATCH_WAIT_MS);
          }
        };
        onAbort = (): void => commitReady();
        signal?.addEventListener('abort', onAbort, { once: true });
        for (let i = 0; i < count; i++) {
          const w = startWorker('ingest', { workerData: data });
          workers.push(w);
          w.on('message', (m: FromWorker) => {
            try {
              if (m.type === 'ready') feed(w, FILES_PER_WORKER);
              else if (m.type === 'prepared') {
                done.set(m.index, m.outcome);
                commitReady();
                feed(w, 1);
              } else reject(new DossierError('import-failed', `the import stopped: ${m.message}`));
            } catch (e) {
              reject(e as Error);
            }
          });
          w.on('error', (e) => reject(new DossierError('import-failed', `an import worker failed: ${e.message}`)));
          w.on('exit', (code) => reject(new DossierError('import-failed', `an import worker exited (code ${code})`)));
        }
      });
    } finally {
      // What is ready is committed even when a worker failed, as it would have been file by file.
      flush();
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      await Promise.all(workers.map((w) => w.terminate()));
    }
    for (let i = nextToCommit; i < files.length; i++) {
      summary.skipped.push({ path: files[i]!.path, kind: 'cancelled', reason: 'the import was cancelled' });
    }
    summary.cancelled = Boolean(signal?.aborted);
    return summary;
  } finally {
    if (typeof target === 'string') store.close();
  }
}

/** Roughly what a prepared file holds in memory: its bytes and text, and its attachments'. */
function sizeOf(o: PrepareOutcome): number {
  if (!('document' in o)) return 0;
  const walk = (d: PreparedDocument): number =>
    d.bytes.length + d.text.length * 2 + d.children.reduce((n, c) => n + walk(c), 0);
  return walk(o.document);
}
