import { DossierError } from '../../core/errors.js';
import { mergeEntities } from '../../core/entities/merge.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge entities into one (mentions, aliases, links, citations and chart nodes move to it); undoable',
  usage: 'dossier merge CASE SURVIVOR_ID MERGED_ID… [--json]',
  options: { json: { type: 'boolean' } },
  run(args, io) {
    const [path, survivorId, ...mergedIds] = args.positionals;
    if (!path || !survivorId || !mergedIds.length)
      throw new DossierError(
        'invalid-argument',
        `a case, the surviving entity and at least one entity to merge are required (${this.usage})`,
      );
    return withCase(path, { readOnly: false }, (store) => {
      const r = mergeEntities(store, survivorId, mergedIds);
      if (args.values.json)
        writeJson(io, {
          survivor: r.survivor,
          merged: mergedIds,
          droppedSelfLinks: r.droppedSelfLinks,
          operationId: r.operationId,
        });
      else
        writeLine(
          io.stdout,
          `merged ${mergedIds.length} into "${r.survivor.label}" (${r.survivor.id})${r.droppedSelfLinks ? `; ${r.droppedSelfLinks} self-link(s) dropped` : ''} — \`dossier undo\` takes it back`,
        );
      return 0;
    });
  },
};
