import { isReliability } from '../../../lib/vocabulary/index.js';
import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { parseTlp } from '../store/tlp.js';
import type { Reliability, Tlp } from '../store/records.js';
import { collectFiles } from './collect-files.js';
import { resolveCsvMapping } from './csv-mappings.js';
import { EntityResolver } from './entity-resolver.js';
import { type Extractor, defaultExtractor } from './extractor.js';
import { type PrepareOutcome, type PreparedDocument, prepareFile } from './prepare-file.js';
import { isSkipError } from './skip-error.js';
import { type StoreContext, storePrepared } from './store-prepared.js';
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
    commitOutcome(store, outcome, ctx, summary, progress);
    progress.filesDone++;
    options.onProgress?.({ ...progress, currentFile: null });
  }
  return summary;
}

/**
 * Writes one prepared file (or records why it was skipped). Shared with the worker-driven job,
 * whose parent thread does the writing.
 */
export function commitOutcome(
  store: WritableCase,
  outcome: PrepareOutcome,
  ctx: StoreContext,
  summary: ImportSummary,
  progress: ImportProgress,
): void {
  if ('skipped' in outcome) {
    summary.skipped.push(outcome.skipped);
    return;
  }
  const doc = withSource(outcome.document, outcome.path, ctx.sourceUris[outcome.path]);
  // Checked again at write time: the same bytes may have arrived since the file was read.
  const existing = existingDocument(store, doc.sha256);
  if (existing) {
    summary.skipped.push({
      path: outcome.path,
      kind: 'duplicate',
      reason: 'the same bytes are already in the case',
      existingDocumentId: existing,
    });
    return;
  }
  try {
    const stored = storePrepared(store, doc, ctx);
    progress.entitiesFound += stored.entities;
    summary.imported.push({
      path: outcome.path,
      documentId: stored.document.id,
      title: stored.document.title,
      entities: stored.entities,
      mentions: stored.mentions,
      events: stored.events,
      children: stored.children,
    });
  } catch (e) {
    if (isSkipError(e)) summary.skipped.push({ path: outcome.path, kind: e.kind, reason: e.message });
    else
      summary.skipped.push({
        path: outcome.path,
        kind: 'broken',
        reason: `could not be stored: ${(e as Error).message}`,
      });
  }
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

export function existingDocument(store: WritableCase, sha256: string): string | null {
  return store.list('document', { sha256 }, { limit: 1 })[0]?.id ?? null;
}

/** The document (and its attachments) with the recorded source in place of a staging path. */
function withSource(doc: PreparedDocument, path: string, source: string | undefined): PreparedDocument {
  if (source === undefined) return doc;
  const swap = (d: PreparedDocument): PreparedDocument => ({
    ...d,
    sourceUri: d.sourceUri.startsWith(path) ? source + d.sourceUri.slice(path.length) : d.sourceUri,
    children: d.children.map(swap),
  });
  return swap(doc);
}
