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
import { entityDetail, eventDetail, linkDetail } from './entity-queries.js';

// Every change goes through main/core/entities, which journals it: the journal id is the undo token.
const RELATED = ['entity', 'alias', 'mention', 'link', 'citation', 'participant', 'chartNode'];

export const entityHandlers: DomainHandlers<typeof entityMethods> = {
  'entities:list': ({ offset, limit, sort, filter, type, status, includeRejected, query }, ctx) =>
    ctx.session.require().entityPage({
      offset,
      limit,
      sort,
      filter: { type, status, includeRejected, text: query, ...withoutUndefined(filter) },
    }),
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

function changed(
  ctx: HandlerContext,
  message: string,
  result: { operationId: string; affected: string[] },
): EntityChange {
  ctx.changed(RELATED);
  return { message, undoToken: result.operationId, affected: result.affected };
}

function verb(status: string): string {
  return status === 'confirmed' ? 'Confirmed' : status === 'rejected' ? 'Rejected' : 'Marked as suggested';
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
