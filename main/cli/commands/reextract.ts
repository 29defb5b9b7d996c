import { DossierError } from '../../core/errors.js';
import { reextractDocument } from '../../core/ingest/reextract.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const reextractCommand: Command = {
  name: 'reextract',
  summary: "run extraction again on documents, replacing only its own suggestions (the analyst's decisions stay)",
  usage: 'dossier reextract CASE DOCUMENT_ID…|--all [--json]',
  options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
  async run(args, io) {
    const [path, ...ids] = args.positionals;
    if (!path || (!ids.length && !args.values.all))
      throw new DossierError('invalid-argument', `a case and document ids (or --all) are required (${this.usage})`);
    return withCase(path, { readOnly: false }, async (store) => {
      const targets = args.values.all
        ? store
            .list('document')
            .filter((d) => d.text.trim() && d.mimeType !== 'text/csv')
            .map((d) => d.id)
        : ids;
      const results = [];
      for (const id of targets) results.push({ documentId: id, ...(await reextractDocument(store, id)) });
      if (args.values.json) writeJson(io, results);
      else
        for (const r of results)
          writeLine(
            io.stdout,
            `${r.documentId}: ${r.mentions} mentions (${r.removedMentions} replaced), ${r.events} events, ${r.removedEntities} orphaned entities removed`,
          );
      return 0;
    });
  },
};
