import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord, MentionRecord } from '../store/records.js';
import { checkSpan, type Passage } from './citations.js';
import { type OperationResult, type Recorder, analystOperation } from './operation.js';

/**
 * An entity the analyst creates, optionally from a selected passage, which becomes its first
 * confirmed mention — one operation, so one undo takes both back.
 */
export function createEntity(
  store: WritableCase,
  fields: { type: string; label: string; notes?: string; mention?: Passage },
): OperationResult & { entity: EntityRecord; mention: MentionRecord | null } {
  const type = fields.type.trim();
  const label = fields.label.trim();
  if (!type || !label) throw new DossierError('invalid-argument', 'an entity needs a type and a name');
  const doc = fields.mention ? store.require('document', fields.mention.documentId) : null;
  if (doc && fields.mention) checkSpan(doc.text.length, fields.mention.start, fields.mention.end, doc.title);
  return analystOperation(store, 'create-entity', `create ${type} "${label}"`, (r) => {
    const entity = r.insert('entity', {
      type,
      label,
      properties: { origin: 'analyst' },
      notes: fields.notes ?? '',
      status: 'confirmed',
    });
    const mention = doc && fields.mention ? markMention(r, doc.text, doc.id, entity.id, fields.mention) : null;
    return { entity, mention };
  });
}

/** Marks a selected passage as a confirmed mention of an existing entity. */
export function addMention(
  store: WritableCase,
  entityId: string,
  passage: Passage,
): OperationResult & { mention: MentionRecord } {
  const doc = store.require('document', passage.documentId);
  const e = store.require('entity', entityId);
  checkSpan(doc.text.length, passage.start, passage.end, doc.title);
  const same = store
    .list('mention', { documentId: doc.id, entityId })
    .find((m) => m.start === passage.start && m.end === passage.end && m.status !== 'rejected');
  if (same) throw new DossierError('invalid-argument', `"${e.label}" is already marked there`);
  return analystOperation(
    store,
    'add-mention',
    `mark "${doc.text.slice(passage.start, passage.end)}" as "${e.label}"`,
    (r) => {
      const mention = markMention(r, doc.text, doc.id, entityId, passage);
      if (e.status === 'suggested') r.update('entity', e.id, { status: 'confirmed' });
      return { mention };
    },
  );
}

function markMention(r: Recorder, text: string, documentId: string, entityId: string, p: Passage): MentionRecord {
  return r.insert('mention', {
    documentId,
    entityId,
    start: p.start,
    end: p.end,
    surface: text.slice(p.start, p.end),
    extractor: 'analyst',
    extractorVersion: '',
    status: 'confirmed',
  });
}

/**
 * Deletes an entity from the case, leaving a tombstone (so the deletion travels in bundles).
 * Everything that only exists through it goes with it, each removal journalled so one undo
 * brings the whole entity back: its aliases, mentions, links (and their citations), event
 * participations, citations about it and its chart nodes. Events located at it keep their
 * place emptied.
 */
export function deleteEntity(store: WritableCase, entityId: string): OperationResult {
  const e = store.require('entity', entityId);
  return analystOperation(store, 'delete-entity', `delete ${e.type} "${e.label}"`, (r) => {
    for (const a of store.list('alias', { entityId })) r.remove('alias', a.id);
    for (const m of store.list('mention', { entityId })) r.remove('mention', m.id);
    for (const end of ['sourceId', 'targetId'] as const) {
      for (const l of store.list('link', { [end]: entityId })) {
        if (!store.get('link', l.id)) continue;
        for (const c of store.list('citation', { subjectId: l.id })) r.remove('citation', c.id);
        r.remove('link', l.id);
      }
    }
    for (const p of store.list('participant', { entityId })) r.remove('participant', p.id);
    for (const ev of store.list('event', { locationEntityId: entityId }))
      r.update('event', ev.id, { locationEntityId: null });
    for (const c of store.list('citation', { subjectKind: 'entity', subjectId: entityId })) r.remove('citation', c.id);
    for (const n of store.list('chartNode', { subjectId: entityId })) r.remove('chartNode', n.id);
    r.remove('entity', entityId);
    return {};
  });
}
