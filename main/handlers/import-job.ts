import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DossierError } from '../core/errors.js';
import type { HandlerContext } from './context.js';

export interface ImportItem {
  /** Where the bytes are on disk. */
  path: string;
  /** What the analyst calls the file (its original name for uploads). */
  name: string;
}

/**
 * Starts an import of `items` into the open case as a background job and returns its id.
 * `cleanup` is a staging folder removed when the job ends, whatever the outcome.
 */
export function startImport(ctx: HandlerContext, items: ImportItem[], cleanup: string | null): string {
  const store = ctx.session.requireWritable();
  const nameOf = new Map(items.map((i) => [i.path, i.name]));
  const label = items.length === 1 ? `Importing ${basename(items[0]!.name)}` : `Importing ${items.length} files`;
  const { jobId } = ctx.jobs.start('import', label, items.length, async (job) => {
    try {
      const summary = await ctx.importFiles(
        store,
        items.map((i) => i.path),
        {
          signal: job.signal,
          // Uploads are staged in a temp folder: record where they came from, not the staging path.
          ...(cleanup ? { sourceUris: Object.fromEntries(items.map((i) => [i.path, `upload:${i.name}`])) } : {}),
          onProgress: (p) =>
            job.progress({
              done: p.filesDone,
              total: p.filesTotal,
              currentItem: p.currentFile ? display(nameOf, p.currentFile) : null,
            }),
        },
      );
      for (const f of summary.imported) {
        job.fileDone({ name: display(nameOf, f.path), documentId: f.documentId, title: f.title, entities: f.entities });
      }
      for (const s of summary.skipped) job.skipped({ name: display(nameOf, s.path), reason: s.reason, kind: s.kind });
      job.progress({ done: items.length });
    } finally {
      if (cleanup) rmSync(cleanup, { recursive: true, force: true });
      ctx.changed(['document', 'entity', 'mention', 'event', 'link']);
    }
  });
  return jobId;
}

/** Writes uploaded files into a fresh staging folder, keeping their names (the importer reads the extension). */
export function stageUploads(
  temp: string,
  files: { name: string; dataBase64: string }[],
): { folder: string; files: ImportItem[] } {
  const folder = join(temp, `upload-${randomUUID()}`);
  mkdirSync(folder, { recursive: true });
  try {
    const out = files.map((f, i) => {
      // One sub-folder per file so two uploads with the same name do not overwrite each other.
      const dir = join(folder, String(i));
      mkdirSync(dir);
      const path = join(dir, basename(f.name));
      writeFileSync(path, Buffer.from(f.dataBase64, 'base64'));
      return { path, name: f.name };
    });
    return { folder, files: out };
  } catch (e) {
    rmSync(folder, { recursive: true, force: true });
    throw new DossierError('import-failed', `could not stage the uploaded files: ${(e as Error).message}`);
  }
}

function display(names: Map<string, string>, path: string): string {
  return names.get(path) ?? basename(path);
}
