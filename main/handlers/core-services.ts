import { importFiles } from '../core/ingest/import-files.js';
import { runImportJob } from '../core/ingest/run-import-job.js';
import type { ImportService } from './context.js';

/**
 * The import pipeline the shell runs on: main/core/ingest's job, which reads and extracts in
 * worker threads and writes in this thread (which holds the case). Extraction is the slow part;
 * off this thread, the Electron main process and the browser host keep answering (progress
 * events, other calls) while an import runs.
 */
export const coreImport: ImportService = (store, paths, options) => {
  const { onProgress, signal, ...rest } = options;
  return runImportJob(store, paths, rest, onProgress, signal);
};

/**
 * The same pipeline run in this thread (ingest's `importFiles`): no worker start-up cost, so
 * scripts and tests that build many small cases use it. The app uses `coreImport`.
 */
export const inProcessImport: ImportService = (store, paths, options) => importFiles(store, paths, options);
