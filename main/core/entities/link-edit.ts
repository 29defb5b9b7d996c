import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { LinkRecord, Status } from '../store/records.js';
import { cite, type Passage } from './citations.js';
import { type OperationResult, analystOperation } from './operation.js';
import { plural } from './status.js';

export interface LinkFields {
  type: string;
  directed: boolean;
  /** 0–1. */
  confidence: number;
  /** Information credibility 1–6 (Admiralty), or null when not graded. */
  credibility: number | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  notes?: string;
}

function checkFields(f: Partial<LinkFields>): void {
  if (f.type !== undefined && !f.type.trim()) throw new DossierError('invalid-argument', 'a link needs a type');
  if (f.confidence !== undefined && !(f.confidence >= 0 && f.confidence <= 1)) {
    throw new DossierError('invalid-argument', `confidence must be between 0 and 1, not ${f.confidence}`);
  }
  const c = f.credibility;
  if (c !== undefined && c !== null && !(Number.isInteger(c) && c >= 1 && c <= 6)) {
    throw new DossierError('invalid-argument', `credibility must be a whole number 1–6, not ${c}`);
  }
}

/** A link the analyst makes (from the entities view, the inspector or the reader): confirmed, with its citations. */
export function addLink(
  store: WritableCase,
  input: LinkFields & { sourceId: string; targetId: string; citations?: readonly Passage[] },
): OperationResult & { link: LinkRecord } {
  checkFields(input);
  if (input.sourceId === input.targetId)
    throw new DossierError('invalid-argument', 'a link joins two different entities');
  const source = store.require('entity', input.sourceId);
  const target = store.require('entity', input.targetId);
  const type = input.type.trim();
  return analystOperation(store, 'create-link', `link "${source.label}" ${type} "${target.label}"`, (r) => {
    const link = r.insert('link', {
      sourceId: source.id,
      targetId: target.id,
      type,
      directed: input.directed,
      confidence: input.confidence,
      credibility: input.credibility,
      firstSeen: input.firstSeen ?? null,
      lastSeen: input.lastSeen ?? null,
      status: 'confirmed',
      properties: { origin: 'analyst', ...(input.notes ? { notes: input.notes } : {}) },
    });
    for (const c of input.citations ?? []) cite(r, 'link', link.id, c);
    return { link };
  });
}

/** Edits a link's type, direction, confidence, credibility, dates and notes; adds and removes citations. */
export function editLink(
  store: WritableCase,
  linkId: string,
  edit: Partial<LinkFields> & {
    swapEnds?: boolean;
    addCitations?: readonly Passage[];
    removeCitationIds?: readonly string[];
  },
): OperationResult & { link: LinkRecord } {
  checkFields(edit);
  const before = store.require('link', linkId);
  const { notes, swapEnds, addCitations, removeCitationIds, ...fields } = edit;
  const patch = {
    ...fields,
    ...(fields.type !== undefined ? { type: fields.type.trim() } : {}),
    ...(swapEnds ? { sourceId: before.targetId, targetId: before.sourceId } : {}),
    ...(notes !== undefined ? { properties: { ...before.properties, notes } } : {}),
  };
  return analystOperation(store, 'edit-link', `edit link ${before.type}`, (r) => {
    const link = Object.keys(patch).length ? r.update('link', linkId, patch) : before;
    for (const id of removeCitationIds ?? []) {
      const c = store.require('citation', id);
      if (c.subjectId !== linkId) throw new DossierError('invalid-argument', 'that citation belongs to something else');
      r.remove('citation', id);
    }
    for (const c of addCitations ?? []) cite(r, 'link', linkId, c);
    return { link };
  });
}

/** Deletes a link and its citations (tombstoned, undoable). */
export function deleteLink(store: WritableCase, linkId: string): OperationResult {
  const l = store.require('link', linkId);
  return analystOperation(store, 'delete-link', `delete link ${l.type}`, (r) => {
    for (const c of store.list('citation', { subjectId: linkId })) r.remove('citation', c.id);
    r.remove('link', linkId);
    return {};
  });
}

/** Confirms or rejects suggested links, like mentions. */
export function setLinkStatus(store: WritableCase, linkIds: readonly string[], status: Status): OperationResult {
  if (!linkIds.length) throw new DossierError('invalid-argument', 'no link given');
  return analystOperation(store, 'link-status', `${status} ${plural(linkIds.length, 'link')}`, (r) => {
    for (const id of linkIds) if (store.require('link', id).status !== status) r.update('link', id, { status });
    return {};
  });
}

/** Cites a passage for an existing link or event (the reader's "Cite for…"). */
export function addCitation(
  store: WritableCase,
  subjectKind: 'link' | 'event',
  subjectId: string,
  passage: Passage,
): OperationResult {
  const subject = store.require(subjectKind, subjectId);
  const name = subjectKind === 'link' ? (subject as LinkRecord).type : (subject as { title: string }).title;
  return analystOperation(store, 'add-citation', `cite a passage for ${subjectKind} "${name}"`, (r) => {
    cite(r, subjectKind, subjectId, passage);
    return {};
  });
}
