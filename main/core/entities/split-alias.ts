import { DossierError } from '../errors.js';
import { caseNameKey } from '../names/case-name-key.js';
import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord } from '../store/records.js';
import { type OperationResult, analystOperation } from './operation.js';

/**
 * Splits an alias out into an entity of its own: the extractor (or a merge) joined two things
 * that are different ("Rahmon" the president and "Rahmon" his son). The new entity, of the same
 * type, is named by the alias and takes every mention whose text is that alias; the alias leaves
 * the old entity. Confirmed, since the analyst has just said it is a thing of its own. Links,
 * events and citations stay with the old entity: which of them belong to the new one is a
 * judgement the analyst makes next.
 */
export function splitAlias(
  store: WritableCase,
  entityId: string,
  alias: string,
): OperationResult & { entity: EntityRecord; movedMentions: number } {
  const from = store.require('entity', entityId);
  const found = store.list('alias', { entityId }).find((a) => a.alias === alias);
  if (!found) throw new DossierError('not-found', `"${from.label}" has no alias "${alias}"`);
  const key = caseNameKey(alias);
  return analystOperation(store, 'split-alias', `split "${alias}" out of "${from.label}"`, (r) => {
    const entity = r.insert('entity', {
      type: from.type,
      label: alias,
      properties: { origin: 'analyst', splitFrom: from.id },
      notes: '',
      status: 'confirmed',
    });
    r.remove('alias', found.id);
    let movedMentions = 0;
    for (const m of store.list('mention', { entityId })) {
      if (caseNameKey(m.surface) !== key) continue;
      r.update('mention', m.id, { entityId: entity.id });
      movedMentions++;
    }
    return { entity, movedMentions };
  });
}
