import { DossierError } from '../../core/errors.js';
import { redoNext } from '../../core/entities/redo.js';
import { CaseStore } from '../../core/store/case-store.js';
import { type Command, writeJson, writeLine } from '../command.js';

export const redoCommand: Command = {
  name: 'redo',
  summary: 'redo the operation undone last (unless a new one was made since) if nothing it touched has changed since',
  usage: 'dossier redo CASE [--json]',
  options: { json: { type: 'boolean' } },
  run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    const store = CaseStore.open(path);
    try {
      const r = redoNext(store);
      if (args.values.json) writeJson(io, r);
      else writeLine(io.stdout, `redone: ${r.summary}`);
      return 0;
    } finally {
      store.close();
    }
  },
};
