import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isReliability } from '../../../lib/vocabulary/index.js';
import { DossierError, messageOf } from '../../core/errors.js';
import { parseCsvMapping } from '../../core/ingest/csv-mapping.js';
import { saveCsvMapping } from '../../core/ingest/csv-mappings.js';
import { runImportJob } from '../../core/ingest/run-import-job.js';
import type { CsvMapping, ImportOptions, ImportProgress, ImportSummary } from '../../core/ingest/types.js';
import { type CliIo, type Command, stringOption, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'import files and folders into a case (text, Markdown, HTML, PDF, Word, e-mail, CSV)',
  usage:
    'dossier ingest CASE PATH… [--json] [--mapping FILE|NAME [--save-mapping]] [--reliability A-F] [--tlp T] [--max-mb N] [--no-extract]',
  options: {
    json: { type: 'boolean' },
    mapping: { type: 'string' },
    'save-mapping': { type: 'boolean' },
    reliability: { type: 'string' },
    tlp: { type: 'string' },
    'max-mb': { type: 'string' },
    'no-extract': { type: 'boolean' },
  },
  async run(args, io) {
    const [casePath, ...paths] = args.positionals;
    if (!casePath || !paths.length)
      throw new DossierError('invalid-argument', `a case and at least one file or folder are required (${this.usage})`);
    const options = importOptions(args.values);
    const summary: ImportSummary = await withCase(casePath, { readOnly: false }, async (store) => {
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      const bar = !args.values.json && io.stderr.isTTY ? progressBar(io) : null;
      const documentsBefore = store.count('document');
      try {
        if (args.values['save-mapping']) {
          if (!options.csvMapping || typeof options.csvMapping === 'string')
            throw new DossierError('invalid-argument', '--save-mapping needs --mapping FILE');
          saveCsvMapping(store, options.csvMapping);
        }
        return await runImportJob(store, paths, options, bar ?? undefined, controller.signal);
      } catch (e) {
        // A failure mid-way (the disk filled up, say) keeps every file committed before it:
        // say how many, so the analyst knows what is in the case and that a re-run skips them.
        const committed = store.count('document') - documentsBefore;
        const hint = /full|SQLITE_FULL|ENOSPC/i.test(messageOf(e))
          ? ' Free some disk space and run the same command again:'
          : ' Run the same command again:';
        throw new DossierError(
          'import-failed',
          `${messageOf(e)}. ${committed} document${committed === 1 ? ' was' : 's were'} imported before that and are in the case, whole.${hint} files already imported are skipped.`,
        );
      } finally {
        process.removeListener('SIGINT', onSigint);
        bar?.({ filesDone: 0, filesTotal: 0, currentFile: null, entitiesFound: 0 }, true);
      }
    });
    if (args.values.json) writeJson(io, summary);
    else printSummary(io, summary);
    // A full disk is not a bad file: say so once, on stderr, and fail so scripts notice.
    const diskFull = summary.skipped.some((k) => /disk is full|SQLITE_FULL|ENOSPC/i.test(k.reason));
    if (diskFull) {
      const n = summary.imported.length;
      writeLine(
        io.stderr,
        `dossier ingest: the disk is full. ${n} file${n === 1 ? ' was' : 's were'} imported whole before that; free some space and run the same command again (files already imported are skipped).`,
      );
    }
    return summary.cancelled || diskFull ? 1 : 0;
  },
};

function importOptions(values: Record<string, unknown>): ImportOptions {
  const options: ImportOptions = {};
  const reliability = typeof values.reliability === 'string' ? values.reliability.trim().toUpperCase() : undefined;
  if (reliability !== undefined) {
    if (!isReliability(reliability))
      throw new DossierError(
        'invalid-argument',
        `--reliability must be one letter A–F, not "${String(values.reliability)}"`,
      );
    options.reliability = reliability;
  }
  if (typeof values.tlp === 'string') options.tlp = values.tlp;
  if (typeof values['max-mb'] === 'string') {
    const mb = Number(values['max-mb']);
    if (!(mb > 0))
      throw new DossierError('invalid-argument', `--max-mb must be a positive number, not "${values['max-mb']}"`);
    options.maxBytes = Math.floor(mb * 1024 * 1024);
  }
  if (values['no-extract']) options.extract = false;
  const mapping = stringOption({ positionals: [], values: values as never }, 'mapping');
  if (mapping !== undefined) options.csvMapping = existsSync(mapping) ? readMappingFile(mapping) : mapping;
  return options;
}

function readMappingFile(path: string): CsvMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DossierError('invalid-argument', `the mapping file ${path} is not valid JSON (${(e as Error).message})`);
  }
  const mapping = parseCsvMapping(parsed, `the mapping file ${path}`);
  return { ...mapping, name: mapping.name ?? basename(path).replace(/\.json$/i, '') };
}

/** A one-line bar redrawn in place on stderr; `done` clears it. */
function progressBar(io: CliIo): (p: ImportProgress, done?: boolean) => void {
  let last = 0;
  return (p, done = false) => {
    if (done) {
      io.stderr.write('\r\u001b[2K');
      return;
    }
    const now = Date.now();
    if (now - last < 80 && p.filesDone < p.filesTotal) return;
    last = now;
    const width = 24;
    const filled = p.filesTotal ? Math.round((p.filesDone / p.filesTotal) * width) : 0;
    const name = p.currentFile ? basename(p.currentFile) : '';
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.filesDone}/${p.filesTotal} files · ${p.entitiesFound} entities  ${name}`;
    io.stderr.write(`\r\u001b[2K${line.slice(0, (io.stderr.columns ?? 100) - 1)}`);
  };
}

function printSummary(io: CliIo, s: ImportSummary): void {
  const sum = (f: (x: ImportSummary['imported'][number]) => number): number => s.imported.reduce((n, x) => n + f(x), 0);
  const children = sum((x) => x.children);
  writeLine(
    io.stdout,
    `imported ${s.imported.length} file${s.imported.length === 1 ? '' : 's'}${children ? ` (+${children} attachments)` : ''}: ` +
      `${sum((x) => x.entities)} entities, ${sum((x) => x.mentions)} mentions, ${sum((x) => x.events)} events`,
  );
  if (s.skipped.length) {
    writeLine(io.stdout, `skipped ${s.skipped.length}:`);
    for (const k of s.skipped) writeLine(io.stdout, `  ${k.kind.padEnd(11)} ${k.path} — ${k.reason}`);
  }
  if (s.cancelled) writeLine(io.stdout, 'cancelled: files imported before the cancel are kept');
}
