import { DossierError } from '../../core/errors.js';
import { textsNotMatchingOriginals } from '../../core/ingest/text-matches-original.js';
import { latestVersion } from '../../core/store/migrations/index.js';
import { type Command, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const checkCommand: Command = {
  name: 'check',
  summary:
    "check a case file's integrity, its schema version, and that every document's text is what its original yields",
  usage: 'dossier check CASE',
  options: {},
  async run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    return withCase(path, { readOnly: true }, async (store) => {
      const problems = store.integrityCheck();
      for (const t of await textsNotMatchingOriginals(store))
        problems.push(`document "${t.title}" (${t.documentId}): ${t.problem}`);
      const version = store.schemaVersion();
      writeLine(
        io.stdout,
        `schema ${version}${version < latestVersion ? ` (will be upgraded to ${latestVersion} when opened for writing)` : ''}`,
      );
      if (problems.length) {
        for (const p of problems) writeLine(io.stdout, `problem: ${p}`);
        writeLine(io.stderr, `dossier check: ${problems.length} problem(s) found in ${path}`);
        return 1;
      }
      writeLine(io.stdout, 'integrity ok');
      return 0;
    });
  },
};
