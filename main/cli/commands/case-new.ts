import { CaseStore } from '../../core/store/case-store.js';
import { DossierError } from '../../core/errors.js';
import { type Command, stringOption, writeLine } from '../command.js';
import { parseTlp } from '../../core/store/tlp.js';

export const newCommand: Command = {
  name: 'new',
  summary: 'create a new, empty case file',
  usage: 'dossier new CASE --title T [--description D] [--tlp TLP:AMBER]',
  options: { title: { type: 'string' }, description: { type: 'string' }, tlp: { type: 'string' } },
  run(args, io) {
    const [path] = args.positionals;
    const title = stringOption(args, 'title');
    if (!path || !title)
      throw new DossierError('invalid-argument', `a case path and --title are required (${this.usage})`);
    const tlpText = stringOption(args, 'tlp');
    const store = CaseStore.create(path, {
      title,
      description: stringOption(args, 'description') ?? '',
      ...(tlpText ? { tlp: parseTlp(tlpText) } : {}),
    });
    const meta = store.meta();
    store.close();
    writeLine(io.stdout, `created ${path} (case ${meta.id})`);
    return 0;
  },
};
