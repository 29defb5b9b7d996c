import { messageOf } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { PrepareOutcome, PreparedDocument } from './prepare-file.js';
import { isSkipError } from './skip-error.js';
import { type StoreContext, storePrepared } from './store-prepared.js';
import type { ImportProgress, ImportSummary } from './types.js';

/**
 * Commits prepared files in ONE transaction with ONE audit row (`ingest: N documents`, listing
 * every record added — see store/batch-audit.ts), instead of a transaction and an audit row per
 * record. Each file still gets its own savepoint, so a file that fails leaves nothing behind
 * and the others go on.
 *
 * If the batch as a whole cannot commit (the disk fills up at COMMIT, or SQLite rolled the
 * transaction back by itself), none of it is in the case: the summary is put back as it was
 * and the files are tried again one transaction each, so every file that fits is kept and the
 * summary names exactly the files that are in.
 */
export function commitBatch(
  store: WritableCase,
  outcomes: readonly PrepareOutcome[],
  ctx: StoreContext,
  summary: ImportSummary,
  progress: ImportProgress,
): void {
  if (!outcomes.length) return;
  const before = { imported: summary.imported.length, skipped: summary.skipped.length, found: progress.entitiesFound };
  try {
    store.batch('ingest', 'document', () => {
      for (const o of outcomes) commitOutcome(store, o, ctx, summary, progress);
    });
    return;
  } catch (e) {
    summary.imported.length = before.imported;
    summary.skipped.length = before.skipped;
    progress.entitiesFound = before.found;
    // The resolver may have learnt names of entities that were just rolled back.
    ctx.resolver.reset();
    if (outcomes.length === 1) {
      const path = outcomes[0]!.path;
      summary.skipped.push({ path, kind: 'broken', reason: `could not be stored: ${messageOf(e)}` });
      return;
    }
  }
  for (const o of outcomes) commitBatch(store, [o], ctx, summary, progress);
}

/**
 * Writes one prepared file (or records why it was skipped). Runs inside the batch's
 * transaction; `storePrepared` gives the file its own savepoint.
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
