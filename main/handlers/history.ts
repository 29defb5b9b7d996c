import type { historyMethods } from '../../preload/contract/history.js';
import { historyState } from '../core/entities/history-state.js';
import { redoNext } from '../core/entities/redo.js';
import { type UndoResult, undoLast, undoOperation } from '../core/entities/undo.js';
import type { HandlerContext } from './context.js';
import type { DomainHandlers } from './define.js';

/** Undo/redo for every journalled analyst operation: the toasts, Ctrl+Z and the Edit menu all come here. */
export const historyHandlers: DomainHandlers<typeof historyMethods> = {
  'history:state': (_args, ctx) => historyState(ctx.session.require()),
  'history:undo': ({ operationId }, ctx) => {
    const store = ctx.session.requireWritable();
    return done(ctx, 'Undone', operationId ? undoOperation(store, operationId) : undoLast(store));
  },
  'history:redo': (_args, ctx) => done(ctx, 'Redone', redoNext(ctx.session.requireWritable())),
};

function done(ctx: HandlerContext, verb: string, result: UndoResult) {
  // Redirects and dismissals are not record kinds, but entity views show their effect.
  ctx.changed([...new Set<string>([...result.kinds, 'entity'])]);
  return {
    message: `${verb}: ${result.summary}`,
    affected: result.affected,
    state: historyState(ctx.session.require()),
  };
}
