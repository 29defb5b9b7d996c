import { importFiles } from '../core/ingest/import-files.js';
import { DossierError } from '../core/errors.js';
import type { EntityOperations, ImportService } from './context.js';

/**
 * The real main/core services the shell runs on. Kept in one file so the shell's view of
 * ingest and entity operations is visible at a glance, and swapped for fakes in no test.
 */
export const coreImport: ImportService = (store, paths, options) => importFiles(store, paths, options);

export const coreEntityOps: EntityOperations = {
  merge() {
    throw new DossierError('unsupported', 'merging entities is not available in this build yet');
  },
};
