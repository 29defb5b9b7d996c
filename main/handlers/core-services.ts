import { importFiles } from '../core/ingest/import-files.js';
import type { ImportService } from './context.js';

/**
 * The import pipeline the shell runs on: main/core/ingest, in-process (each file is read and
 * extracted asynchronously and written in its own transaction), so progress events flow while it runs.
 */
export const coreImport: ImportService = (store, paths, options) => importFiles(store, paths, options);
