import { DossierError } from '../../core/errors.js';
import { undoLast } from '../../core/entities/undo.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const undoCommand: Command = {
  name: 'undo',
  summary: 'undo the last analyst operation (merge, rename, confirm/reject …) if nothing it touched has changed since',
  usage: 'dossier undo CASE [--json]',
  options: { json: { type: 'boolean' } },
  run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    return withCase(path, { readOnly: false }, (store) => {
      const r = undoLast(store);
      if (args.values.json) writeJson(io, r);
      else writeLine(io.stdout, `undone: ${r.summary}`);
      return 0;
    });
  },
};
