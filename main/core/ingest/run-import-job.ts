import { DossierError } from '../errors.js';
import { CaseStore, type WritableCase } from '../store/case-store.js';
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
  type JobStart,
} from './job-messages.js';
import { type IngestPool, type PooledWorker, sharedIngestPool } from './ingest-pool.js';
import type { PrepareOutcome, PreparedDocument } from './prepare-file.js';
import type { ImportOptions, ImportProgress, ImportSummary } from './types.js';

export interface ImportJobOptions extends ImportOptions {
  /**
   * Worker threads reading and extracting; default the pool's warm workers (one per core, at
   * most 4), or for a cold pool one per 50 files. The writing thread needs little (a few ms per
   * document), so it does not get a core of its own.
   */
  workers?: number;
  /** Where the workers come from; default the process's shared pool, kept warm between imports. */
  pool?: IngestPool;
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
    const pool = options.pool ?? sharedIngestPool();
    const job: JobStart = {
      type: 'job',
      job: nextJobId++,
      maxBytes: options.maxBytes,
      extract: options.extract !== false,
      known,
    };
    // A worker costs most of a second to start (extraction loads its data): a cold pool starts
    // one per 50 files; warm workers cost nothing, so every one of them helps.
    const wanted = options.workers ?? Math.max(pool.available, Math.ceil(files.length / 50));
    const count = Math.max(1, Math.min(wanted, files.length, options.workers ?? pool.size));
    const batchFiles = Math.max(1, options.batchFiles ?? BATCH_MAX_FILES);
    const workers: PooledWorker[] = [];
    /** Files handed to each worker and not back yet: a worker still holding some is not reused. */
    const holding = new Map<PooledWorker, number>();
    let failed = false;
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
        const fail = (e: Error): void => {
          failed = true;
          reject(e);
        };
        const feed = (w: PooledWorker, slots: number): void => {
          for (let i = 0; i < slots && nextToSend < files.length && !signal?.aborted && !failed; i++) {
            const index = nextToSend++;
            const f = files[index]!;
            w.worker.postMessage({ type: 'file', job: job.job, index, path: f.path, problem: f.problem });
            holding.set(w, (holding.get(w) ?? 0) + 1);
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
                fail(e as Error);
              }
            }, options.batchWaitMs ?? BATCH_WAIT_MS);
          }
        };
        onAbort = (): void => commitReady();
        signal?.addEventListener('abort', onAbort, { once: true });
        for (const w of pool.lease(count)) {
          workers.push(w);
          w.listener = (m: FromWorker): void => {
            try {
              if (m.type === 'prepared') {
                if (m.job !== job.job) return;
                holding.set(w, holding.get(w)! - 1);
                done.set(m.index, m.outcome);
                // The next file first: the worker extracts it while this thread commits.
                feed(w, 1);
                commitReady();
              } else if (m.job === job.job || m.job === null) {
                fail(new DossierError('import-failed', `the import stopped: ${m.message}`));
              }
            } catch (e) {
              fail(e as Error);
            }
          };
          // The settings first, then the first files: the worker runs them in order.
          w.worker.postMessage(job);
          feed(w, FILES_PER_WORKER);
        }
      });
    } finally {
      // What is ready is committed even when a worker failed, as it would have been file by file.
      flush();
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      await Promise.all(workers.map((w) => pool.release(w, !failed && !holding.get(w))));
    }
    ctx.resolver.keep();
    for (let i = nextToCommit; i < files.length; i++) {
      summary.skipped.push({ path: files[i]!.path, kind: 'cancelled', reason: 'the import was cancelled' });
    }
    summary.cancelled = Boolean(signal?.aborted);
    return summary;
  } finally {
    if (typeof target === 'string') store.close();
  }
}

/** Tells one import's messages from another's on a worker the pool lends to both in turn. */
let nextJobId = 1;

/** Roughly what a prepared file holds in memory: its bytes and text, and its attachments'. */
function sizeOf(o: PrepareOutcome): number {
  if (!('document' in o)) return 0;
  const walk = (d: PreparedDocument): number =>
    d.bytes.length + d.text.length * 2 + d.children.reduce((n, c) => n + walk(c), 0);
  return walk(o.document);
}
