import { isReliability } from '../../../lib/vocabulary/index.js';
import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { parseTlp } from '../store/tlp.js';
import type { Reliability, Tlp } from '../store/records.js';
import { collectFiles } from './collect-files.js';
import { resolveCsvMapping } from './csv-mappings.js';
import { EntityResolver } from './entity-resolver.js';
import { type Extractor, defaultExtractor } from './extractor.js';
import { commitBatch, existingDocument } from './commit-batch.js';
import { type PrepareOutcome, prepareFile } from './prepare-file.js';
import type { StoreContext } from './store-prepared.js';
import type { CsvMapping, ImportOptions, ImportProgress, ImportSummary } from './types.js';

export interface ImportRunOptions extends ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** The extraction to run; defaults to Dossier's own. Null or `extract: false` skips extraction. */
  extractor?: Extractor | null;
}

/**
 * Imports files and folders into an open case, in-process. Each file is read, extracted and
 * then written in its own transaction, so a file that fails leaves nothing behind and the
 * batch goes on; cancelling keeps every file already committed. For imports that must not
 * block the calling thread, see `runImportJob`.
 */
export async function importFiles(
  store: WritableCase,
  paths: readonly string[],
  options: ImportRunOptions = {},
): Promise<ImportSummary> {
  const ctx = storeContext(store, options);
  const extractor =
    options.extract === false ? null : options.extractor === undefined ? await defaultExtractor() : options.extractor;
  const files = await collectFiles(paths, store.path);
  const summary: ImportSummary = { imported: [], skipped: [], cancelled: false };
  const progress: ImportProgress = { filesDone: 0, filesTotal: files.length, currentFile: null, entitiesFound: 0 };
  for (const file of files) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      summary.skipped.push({ path: file.path, kind: 'cancelled', reason: 'the import was cancelled' });
      continue;
    }
    options.onProgress?.({ ...progress, currentFile: file.path });
    const outcome: PrepareOutcome = file.problem
      ? { path: file.path, skipped: { path: file.path, kind: 'broken', reason: file.problem } }
      : await prepareFile(file.path, {
          maxBytes: options.maxBytes,
          extractor,
          existingDocument: (sha) => existingDocument(store, sha),
        });
    commitBatch(store, [outcome], ctx, summary, progress);
    progress.filesDone++;
    options.onProgress?.({ ...progress, currentFile: null });
  }
  ctx.resolver.keep();
  return summary;
}

/** Validates the options once, before any file is touched. */
export function storeContext(store: WritableCase, options: ImportOptions): StoreContext {
  const reliability = options.reliability ?? null;
  if (reliability !== null && !isReliability(reliability)) {
    throw new DossierError('invalid-argument', `source reliability must be one of A–F, not "${String(reliability)}"`);
  }
  const tlp: Tlp = options.tlp === undefined ? store.meta().tlp : parseTlp(options.tlp);
  if (options.maxBytes !== undefined && !(options.maxBytes > 0)) {
    throw new DossierError('invalid-argument', 'the size limit must be a positive number of bytes');
  }
  const csvMapping: CsvMapping | null =
    options.csvMapping === undefined ? null : resolveCsvMapping(store, options.csvMapping);
  return {
    resolver: new EntityResolver(store),
    reliability: reliability as Reliability | null,
    tlp,
    csvMapping,
    sourceUris: options.sourceUris ?? {},
  };
}
