import { DossierError } from '../../core/errors.js';
import { findLikelyDuplicates } from '../../core/entities/likely-duplicates.js';
import { type Command, stringOption, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const duplicatesCommand: Command = {
  name: 'duplicates',
  summary: 'list entities that look like one another (US / U.S. / United States); nothing is merged',
  usage: 'dossier duplicates CASE [--limit N] [--json]',
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? 50 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1)
      throw new DossierError('invalid-argument', `--limit must be a positive whole number, not "${limitText}"`);
    return withCase(path, { readOnly: true }, (store) => {
      const pairs = findLikelyDuplicates(store, { limit });
      if (args.values.json) {
        writeJson(
          io,
          pairs.map((p) => ({
            a: { id: p.a.id, type: p.a.type, label: p.a.label },
            b: { id: p.b.id, type: p.b.type, label: p.b.label },
            reason: p.reason,
            score: p.score,
          })),
        );
      } else if (!pairs.length) writeLine(io.stdout, 'no likely duplicates');
      else
        for (const p of pairs)
          writeLine(
            io.stdout,
            `${p.a.type.padEnd(12)} "${p.a.label}" ~ "${p.b.label}"  (${p.reason})  ${p.a.id} ${p.b.id}`,
          );
      return 0;
    });
  },
};
