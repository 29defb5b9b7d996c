import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { DossierError } from '../errors.js';
import { CaseStore, type WritableCase } from '../store/case-store.js';
import { startWorker } from '../worker-entry.js';
import { documentHashes } from '../store/document-hashes.js';
import { collectFiles } from './collect-files.js';
import { commitOutcome, storeContext } from './import-files.js';
import { FILES_PER_WORKER, type FromWorker, type IngestWorkerData } from './job-messages.js';
import type { PrepareOutcome } from './prepare-file.js';
import type { ImportOptions, ImportProgress, ImportSummary } from './types.js';

export interface ImportJobOptions extends ImportOptions {
  /**
   * Worker threads reading and extracting; default one per core, at most 4. The writing thread
   * needs little (a few ms per document), so it does not get a core of its own.
   */
  workers?: number;
}

/**
 * Imports files with reading and extraction in worker threads and the writes in this thread,
 * which holds the case (see README: one writer per case). `target` is a case path (opened and
 * closed here, so the CLI can use it) or a case the caller already holds open (the app).
 * Files are committed in the order given whatever worker finishes first, so a re-run gives the
 * same case. Cancelling stops handing out files; everything committed before stays.
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
    const workers: Worker[] = [];
    const done = new Map<number, PrepareOutcome>();
    let nextToSend = 0;
    let nextToCommit = 0;
    let onAbort: (() => void) | null = null;
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
            if (signal?.aborted)
              summary.skipped.push({ path: o.path, kind: 'cancelled', reason: 'the import was cancelled' });
            else commitOutcome(store, o, ctx, summary, progress);
            progress.filesDone++;
            onProgress?.({ ...progress, currentFile: null });
          }
          const stopped = signal?.aborted && nextToCommit === nextToSend;
          if (nextToCommit === files.length || stopped) resolve();
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
