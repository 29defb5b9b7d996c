import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { Reliability, Tlp } from '../store/records.js';
import { type OperationResult, analystOperation } from './operation.js';
import { plural } from './status.js';

/**
 * Grades the source (Admiralty reliability A–F, or null for ungraded) and/or sets the TLP of
 * one or many documents, as one undoable operation.
 */
export function markDocuments(
  store: WritableCase,
  documentIds: readonly string[],
  marking: { reliability?: Reliability | null; tlp?: Tlp },
): OperationResult {
  if (!documentIds.length) throw new DossierError('invalid-argument', 'no document given');
  if (marking.reliability === undefined && marking.tlp === undefined)
    throw new DossierError('invalid-argument', 'give a grade or a TLP');
  const what = [marking.reliability !== undefined ? `grade ${marking.reliability ?? 'none'}` : '', marking.tlp ?? '']
    .filter(Boolean)
    .join(' and ');
  return analystOperation(store, 'mark-documents', `set ${what} on ${plural(documentIds.length, 'document')}`, (r) => {
    for (const id of documentIds) {
      const d = store.require('document', id);
      const patch = {
        ...(marking.reliability !== undefined && marking.reliability !== d.reliability
          ? { reliability: marking.reliability }
          : {}),
        ...(marking.tlp !== undefined && marking.tlp !== d.tlp ? { tlp: marking.tlp } : {}),
      };
      if (Object.keys(patch).length) r.update('document', id, patch);
    }
    return {};
  });
}
