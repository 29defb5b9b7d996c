import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { Status } from '../store/records.js';
import { STATUSES } from '../../../lib/vocabulary/index.js';
import { type OperationResult, analystOperation } from './operation.js';

function checkStatus(status: string): asserts status is Status {
  if (!STATUSES.includes(status as Status))
    throw new DossierError('invalid-argument', `status must be suggested, confirmed or rejected, not "${status}"`);
}

/**
 * Confirms or rejects mentions. Confirming a mention also confirms its entity when that was
 * still only suggested: the analyst has just said the thing exists.
 */
export function setMentionStatus(store: WritableCase, mentionIds: readonly string[], status: Status): OperationResult {
  checkStatus(status);
  if (!mentionIds.length) throw new DossierError('invalid-argument', 'no mention given');
  return analystOperation(store, 'mention-status', `${status} ${plural(mentionIds.length, 'mention')}`, (r) => {
    for (const id of mentionIds) {
      const m = store.require('mention', id);
      if (m.status !== status) r.update('mention', id, { status });
      if (status === 'confirmed') {
        const e = store.require('entity', m.entityId);
        if (e.status === 'suggested') r.update('entity', e.id, { status: 'confirmed' });
      }
    }
    return {};
  });
}

/**
 * Confirms or rejects entities. Rejecting an entity also rejects its still-suggested mentions
 * (its confirmed ones stay: they are the analyst's own, earlier decisions).
 */
export function setEntityStatus(store: WritableCase, entityIds: readonly string[], status: Status): OperationResult {
  checkStatus(status);
  if (!entityIds.length) throw new DossierError('invalid-argument', 'no entity given');
  return analystOperation(
    store,
    'entity-status',
    `${status} ${plural(entityIds.length, 'entity', 'entities')}`,
    (r) => {
      for (const id of entityIds) {
        const e = store.require('entity', id);
        if (e.status !== status) r.update('entity', id, { status });
        if (status === 'rejected') {
          for (const m of store.list('mention', { entityId: id, status: 'suggested' }))
            r.update('mention', m.id, { status: 'rejected' });
        }
      }
      return {};
    },
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
