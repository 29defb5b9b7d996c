import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import type { WritableCase } from '../store/case-store.js';
import { type Dismissal, dismissalOf, pairKey, putDismissal, removeDismissal } from '../store/dismissals-sql.js';
import { type OperationResult, analystOperation } from './operation.js';
import { registerSideTable } from './side-tables.js';

/** The side table name dismissals are journalled under (so a dismissal is undoable). */
export const DISMISSALS = 'duplicate-dismissal';

registerSideTable(DISMISSALS, {
  read: (store, key) => dismissalOf(store, key),
  write: (store, key, value) => {
    if (value === null || value === undefined) removeDismissal(store, key);
    else putDismissal(store, value as Dismissal);
  },
  describe: (key) => `the dismissal of ${key.replace('|', ' / ')}`,
});

/**
 * The analyst says two entities are not the same: the queue stops proposing the pair. One
 * journalled operation, so Ctrl+Z brings the proposal back; dismissals travel in bundles.
 */
export function dismissDuplicate(store: WritableCase, aId: string, bId: string): OperationResult {
  if (aId === bId) throw new DossierError('invalid-argument', 'a pair needs two different entities');
  const a = store.require('entity', aId);
  const b = store.require('entity', bId);
  const key = pairKey(a.id, b.id);
  if (dismissalOf(store, key))
    throw new DossierError('invalid-argument', `"${a.label}" and "${b.label}" were already dismissed as duplicates`);
  return analystOperation(store, 'dismiss-duplicate', `not duplicates: "${a.label}" and "${b.label}"`, (r) => {
    const [firstId, secondId] = key.split('|') as [string, string];
    r.side(DISMISSALS, key, { firstId, secondId, caseId: store.meta().id, dismissedAt: nowIso() } satisfies Dismissal);
    return {};
  });
}
