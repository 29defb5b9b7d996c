import { DossierError } from '../errors.js';
import { CaseStore, type WritableCase } from '../store/case-store.js';
import { startWorker } from '../worker-entry.js';
import { sqlOf } from './case-sql.js';
import { collectFiles } from './collect-files.js';
import { commitOutcome, storeContext } from './import-files.js';
import type { FromWorker, IngestWorkerData, ToWorker } from './job-messages.js';
import type { ImportOptions, ImportProgress, ImportSummary } from './types.js';

/**
 * Imports files with reading and extraction in a worker thread and the writes in this thread,
 * which holds the case (see README: one writer per case). `target` is a case path (opened and
 * closed here, so the CLI can use it) or a case the caller already holds open (the app).
 * Cancelling stops after the file in hand; everything committed before stays.
 */
export async function runImportJob(
  target: string | WritableCase,
  paths: readonly string[],
  options: ImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const store = typeof target === 'string' ? CaseStore.open(target) : target;
  try {
    const ctx = storeContext(store, options);
    const files = await collectFiles(paths);
    // Newest first, so that in the Map built from it the oldest document holding the bytes wins.
    const known = sqlOf(store).prepare('SELECT sha256, id FROM documents ORDER BY id DESC').raw().all() as [string, string][];
    const summary: ImportSummary = { imported: [], skipped: [], cancelled: false };
    const progress: ImportProgress = { filesDone: 0, filesTotal: files.length, currentFile: null, entitiesFound: 0 };
    onProgress?.({ ...progress });
    if (!files.length) return summary;
    const data: IngestWorkerData = { files, maxBytes: options.maxBytes, extract: options.extract !== false, known };
    const worker = startWorker('ingest', { workerData: data });
    const send = (m: ToWorker): void => worker.postMessage(m);
    const handled = new Set<number>();
    const onAbort = (): void => send({ type: 'cancel' });
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    try {
      await new Promise<void>((resolve, reject) => {
        worker.on('message', (m: FromWorker) => {
          try {
            if (m.type === 'started') onProgress?.({ ...progress, currentFile: m.path });
            else if (m.type === 'prepared') {
              handled.add(m.index);
              if (signal?.aborted) summary.skipped.push({ path: m.outcome.path, kind: 'cancelled', reason: 'the import was cancelled' });
              else commitOutcome(store, m.outcome, ctx, summary, progress);
              progress.filesDone++;
              onProgress?.({ ...progress, currentFile: null });
              send({ type: 'ack' });
            } else if (m.type === 'done') resolve();
            else reject(new DossierError('import-failed', `the import stopped: ${m.message}`));
          } catch (e) {
            reject(e as Error);
          }
        });
        worker.on('error', (e) => reject(new DossierError('import-failed', `the import worker failed: ${e.message}`)));
        worker.on('exit', (code) => reject(new DossierError('import-failed', `the import worker exited (code ${code})`)));
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await worker.terminate();
    }
    files.forEach((f, i) => {
      if (!handled.has(i)) summary.skipped.push({ path: f.path, kind: 'cancelled', reason: 'the import was cancelled' });
    });
    summary.cancelled = Boolean(signal?.aborted);
    return summary;
  } finally {
    if (typeof target === 'string') store.close();
  }
}
