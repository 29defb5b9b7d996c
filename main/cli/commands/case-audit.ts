import { DossierError } from '../../core/errors.js';
import { type Command, stringOption, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: "print the case's append-only audit log",
  usage: 'dossier audit CASE [--limit N] [--json]',
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    const limitText = stringOption(args, 'limit');
    return withCase(path, { readOnly: true }, (store) => {
      const all = store.auditLog();
      const entries = limitText ? all.slice(-Math.max(1, Number(limitText) || 1)) : all;
      if (args.values.json) {
        writeJson(io, entries);
      } else {
        for (const e of entries) {
          writeLine(
            io.stdout,
            `${String(e.seq).padStart(6)}  ${e.at}  ${e.action.padEnd(12)} ${e.subjectKind.padEnd(11)} ${e.subjectId ?? ''}`,
          );
        }
      }
      return 0;
    });
  },
};
