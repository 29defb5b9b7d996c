import { DossierError } from '../../core/errors.js';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../lib/vocabulary/index.js';
import { type Command, stringOption, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over documents, entity names and aliases, and events with their counts (FTS5 syntax)',
  usage: 'dossier search CASE QUERY [--limit N] [--json]',
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  run(args, io) {
    const [path, ...words] = args.positionals;
    const query = words.join(' ');
    if (!path || !query)
      throw new DossierError('invalid-argument', `a case path and a query are required (${this.usage})`);
    const limit = Number(stringOption(args, 'limit') ?? 20);
    if (!Number.isInteger(limit) || limit < 1)
      throw new DossierError('invalid-argument', '--limit must be a positive whole number');
    return withCase(path, { readOnly: true }, (store) => {
      const documents = store.searchDocuments(query, limit);
      const entities = store.searchNames(query, limit);
      const events = store.searchEvents(query, limit);
      if (args.values.json) {
        const plain = (s: string) => s.replaceAll(SNIPPET_OPEN, '[').replaceAll(SNIPPET_CLOSE, ']');
        writeJson(io, {
          query,
          documents: documents.map((d) => ({ ...d, snippet: plain(d.snippet) })),
          entities,
          events: events.map((e) => ({ ...e, snippet: plain(e.snippet) })),
        });
        return 0;
      }
      const [open, close] = io.stdout.isTTY ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
      writeLine(
        io.stdout,
        `${documents.length} document(s), ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}, ${events.length} event(s) for "${query}"`,
      );
      for (const d of documents) {
        writeLine(io.stdout, `\n${d.title}  (${d.documentId})`);
        writeLine(
          io.stdout,
          `  ${d.snippet.replaceAll(SNIPPET_OPEN, open).replaceAll(SNIPPET_CLOSE, close).replace(/\s+/g, ' ')}`,
        );
      }
      if (entities.length) writeLine(io.stdout, '');
      for (const e of entities) {
        writeLine(
          io.stdout,
          `${e.type.padEnd(13)} ${e.label}${e.matched !== e.label ? `  (alias ${e.matched})` : ''}  ${e.entityId}`,
        );
      }
      if (events.length) writeLine(io.stdout, '');
      for (const e of events) writeLine(io.stdout, `event         ${e.startAt ?? 'undated'}  ${e.title}  ${e.eventId}`);
      return 0;
    });
  },
};
