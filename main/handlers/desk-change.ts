import type { DeskChange } from '../../preload/contract/entity-edit.js';
import type { HandlerContext } from './context.js';

// Kinds a desk operation may touch: open views refetch on them.
const KINDS = ['entity', 'alias', 'mention', 'link', 'citation', 'participant', 'event', 'chartNode', 'document'];

/** Tells open views what changed and returns the message, undo token and the record made or edited. */
export function deskChange(
  ctx: HandlerContext,
  message: string,
  result: { operationId: string; affected: string[] },
  id: string | null = null,
): DeskChange {
  ctx.changed(KINDS);
  return { message, undoToken: result.operationId, affected: result.affected, id };
}
