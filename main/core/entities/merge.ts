import { DossierError } from '../errors.js';
import { caseNameKey } from '../names/case-name-key.js';
import type { WritableCase } from '../store/case-store.js';
import { mentionSpanKeys } from '../store/mention-spans.js';
import type { EntityRecord } from '../store/records.js';
import { type OperationResult, type Recorder, analystOperation } from './operation.js';

export interface MergeResult extends OperationResult {
  survivor: EntityRecord;
  /** Links dropped because both ends became the survivor. */
  droppedSelfLinks: number;
}

/**
 * Folds `mergedIds` into `survivorId` in one transaction: mentions, aliases (the merged labels
 * become aliases), links, event participations and locations, citations and chart nodes move
 * to the survivor; links that would join the survivor to itself are dropped; each merged id
 * gets a merge redirect (so bundles and old references find the survivor) and a tombstone.
 * Undoable with `undoOperation(store, result.operationId)`.
 */
export function mergeEntities(store: WritableCase, survivorId: string, mergedIds: readonly string[]): MergeResult {
  const ids = [...new Set(mergedIds)];
  if (!ids.length) throw new DossierError('invalid-argument', 'no entity to merge was given');
  if (ids.includes(survivorId)) throw new DossierError('invalid-argument', 'an entity cannot be merged into itself');
  const survivor = store.require('entity', survivorId);
  const merged = ids.map((id) => store.require('entity', id));
  const other = merged.find((e) => e.type !== survivor.type);
  if (other) {
    throw new DossierError(
      'invalid-argument',
      `"${other.label}" is a ${other.type} and "${survivor.label}" a ${survivor.type}: only entities of one type merge`,
    );
  }
  const summary = `merge ${merged.map((e) => `"${e.label}"`).join(', ')} into "${survivor.label}"`;
  return analystOperation(store, 'merge', summary, (r) => {
    let dropped = 0;
    for (const m of merged) dropped += foldInto(r, survivor, m);
    const properties = { ...Object.assign({}, ...merged.map((m) => m.properties)), ...survivor.properties } as Record<
      string,
      unknown
    >;
    const notes = [survivor.notes, ...merged.map((m) => m.notes)].filter((n) => n.trim()).join('\n\n');
    const final = r.update('entity', survivor.id, {
      properties,
      notes,
      // Merging is an analyst decision about this entity: it is no longer just a suggestion.
      status: survivor.status === 'suggested' ? 'confirmed' : survivor.status,
    });
    return { survivor: final, droppedSelfLinks: dropped };
  });
}

function foldInto(r: Recorder, survivor: EntityRecord, m: EntityRecord): number {
  const store = r.store;
  const names = new Set([
    caseNameKey(survivor.label),
    ...store.list('alias', { entityId: survivor.id }).map((a) => caseNameKey(a.alias)),
  ]);
  const aliases = store.list('alias', { entityId: m.id }).filter((a) => {
    const key = caseNameKey(a.alias);
    if (!names.has(key)) {
      names.add(key);
      return true;
    }
    r.remove('alias', a.id);
    return false;
  });
  r.setMany('alias', aliases, 'entityId', survivor.id);
  if (!names.has(caseNameKey(m.label))) r.insert('alias', { entityId: survivor.id, alias: m.label });

  const spans = new Set(mentionSpanKeys(store, survivor.id));
  const mentions = store.list('mention', { entityId: m.id }).filter((x) => {
    const span = `${x.documentId}:${x.start}:${x.end}`;
    if (!spans.has(span)) {
      spans.add(span);
      return true;
    }
    r.remove('mention', x.id);
    return false;
  });
  // The bulk of a merge: one statement and one journal entry however many mentions move.
  r.setMany('mention', mentions, 'entityId', survivor.id);

  let dropped = 0;
  for (const end of ['sourceId', 'targetId'] as const) {
    for (const l of store.list('link', { [end]: m.id })) {
      const source = l.sourceId === m.id ? survivor.id : l.sourceId;
      const target = l.targetId === m.id ? survivor.id : l.targetId;
      if (source === target) {
        for (const c of store.list('citation', { subjectId: l.id })) r.remove('citation', c.id);
        r.remove('link', l.id);
        dropped++;
      } else r.update('link', l.id, { sourceId: source, targetId: target });
    }
  }

  const events = new Set(store.list('participant', { entityId: survivor.id }).map((p) => p.eventId));
  const participants = store.list('participant', { entityId: m.id }).filter((p) => {
    if (!events.has(p.eventId)) {
      events.add(p.eventId);
      return true;
    }
    r.remove('participant', p.id);
    return false;
  });
  r.setMany('participant', participants, 'entityId', survivor.id);
  r.setMany('event', store.list('event', { locationEntityId: m.id }), 'locationEntityId', survivor.id);
  r.setMany('citation', store.list('citation', { subjectKind: 'entity', subjectId: m.id }), 'subjectId', survivor.id);

  const charts = new Set(store.list('chartNode', { subjectId: survivor.id }).map((n) => n.chartId));
  const nodes = store.list('chartNode', { subjectId: m.id }).filter((n) => {
    if (!charts.has(n.chartId)) {
      charts.add(n.chartId);
      return true;
    }
    r.remove('chartNode', n.id);
    return false;
  });
  r.setMany('chartNode', nodes, 'subjectId', survivor.id);

  // Older merges that pointed at the merged entity now point at the survivor directly.
  for (const old of store.redirects().filter((x) => x.toId === m.id)) r.redirect(old.fromId, survivor.id);
  r.redirect(m.id, survivor.id);
  r.remove('entity', m.id);
  return dropped;
}
