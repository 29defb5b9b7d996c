import type { EntityChange } from '../../preload/contract.js';
import type { entityMethods } from '../../preload/contract/entities.js';
import { renameEntity } from '../core/entities/edit.js';
import { mergeEntities } from '../core/entities/merge.js';
import { setEntityStatus } from '../core/entities/status.js';
import { undoOperation } from '../core/entities/undo.js';
import { isRecordId } from '../core/ids.js';
import { DossierError } from '../core/errors.js';
import type { HandlerContext } from './context.js';
import type { DomainHandlers } from './define.js';
import { entityDetail, eventDetail, linkDetail, tallyEntities, toEntityRow } from './entity-queries.js';

// Every change goes through main/core/entities, which journals it: the journal id is the undo token.
const RELATED = ['entity', 'alias', 'mention', 'link', 'citation', 'participant', 'chartNode'];

export const entityHandlers: DomainHandlers<typeof entityMethods> = {
  'entities:list': ({ offset, limit, type, status, includeRejected, query }, ctx) => {
    const store = ctx.session.require();
    const needle = query?.trim().toLocaleLowerCase();
    const all = store
      .list('entity', { ...(type ? { type } : {}), ...(status ? { status } : {}) })
      .filter((e) => includeRejected || status === 'rejected' || e.status !== 'rejected')
      .filter((e) => !needle || e.label.toLocaleLowerCase().includes(needle));
    const tally = tallyEntities(store);
    const rows = all
      .map((e) => toEntityRow(e, tally.get(e.id)))
      .sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
    return { total: rows.length, rows: rows.slice(offset, offset + limit) };
  },
  'entities:get': ({ id }, ctx) => entityDetail(ctx.session.require(), id),
  'entities:get-link': ({ id }, ctx) => linkDetail(ctx.session.require(), id),
  'entities:get-event': ({ id }, ctx) => eventDetail(ctx.session.require(), id),
  'entities:set-status': ({ ids, status }, ctx) => {
    const store = ctx.session.requireWritable();
    const first = store.require('entity', ids[0]!);
    const result = setEntityStatus(store, ids, status);
    const what = ids.length === 1 ? `"${first.label}"` : `${ids.length} entities`;
    return changed(ctx, `${verb(status)} ${what}`, result);
  },
  'entities:rename': ({ id, label }, ctx) => {
    const store = ctx.session.requireWritable();
    const before = store.require('entity', id);
    return changed(ctx, `Renamed "${before.label}" to "${label}"`, renameEntity(store, id, label));
  },
  'entities:merge': ({ targetId, sourceIds }, ctx) => {
    const store = ctx.session.requireWritable();
    const target = store.require('entity', targetId);
    const sources = sourceIds.map((id) => store.require('entity', id));
    const what = sources.length === 1 ? `"${sources[0]!.label}"` : `${sources.length} entities`;
    return changed(ctx, `Merged ${what} into "${target.label}"`, mergeEntities(store, targetId, sourceIds));
  },
  'entities:undo': ({ undoToken }, ctx) => {
    const store = ctx.session.requireWritable();
    if (!isRecordId(undoToken)) throw new DossierError('invalid-argument', 'that is not an undo token');
    const result = undoOperation(store, undoToken);
    ctx.changed(RELATED);
    return { message: `Undone: ${result.summary}`, undoToken: null, affected: result.affected };
  },
};

function changed(ctx: HandlerContext, message: string, result: { operationId: string; affected: string[] }): EntityChange {
  ctx.changed(RELATED);
  return { message, undoToken: result.operationId, affected: result.affected };
}

function verb(status: string): string {
  return status === 'confirmed' ? 'Confirmed' : status === 'rejected' ? 'Rejected' : 'Marked as suggested';
}
