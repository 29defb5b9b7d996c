import { DossierError } from '../../core/errors.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const infoCommand: Command = {
  name: 'info',
  summary: 'show a case: title, marking, schema and counts by record kind',
  usage: 'dossier info CASE [--json]',
  options: { json: { type: 'boolean' } },
  run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a case path is required (${this.usage})`);
    return withCase(path, { readOnly: true }, (store) => {
      const meta = store.meta();
      const counts = store.counts();
      const info = { ...meta, schemaVersion: store.schemaVersion(), counts, tombstones: store.tombstones().length };
      if (args.values.json) {
        writeJson(io, info);
      } else {
        writeLine(io.stdout, `${meta.title}  ${meta.tlp}`);
        writeLine(io.stdout, `case ${meta.id} · created ${meta.createdAt} · schema ${info.schemaVersion}`);
        for (const [kind, n] of Object.entries(counts)) writeLine(io.stdout, `  ${kind.padEnd(12)} ${n}`);
      }
      return 0;
    });
  },
};
