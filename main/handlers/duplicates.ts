import type { DuplicateSide, duplicateMethods } from '../../preload/contract/duplicates.js';
import { dismissDuplicate } from '../core/entities/duplicate-dismissals.js';
import { findLikelyDuplicates } from '../core/entities/likely-duplicates.js';
import type { ReadableCase } from '../core/store/case-store.js';
import type { EntityRecord } from '../core/store/records.js';
import type { DomainHandlers } from './define.js';

/** The duplicates queue: proposals from main/core/entities/likely-duplicates.ts, dismissals journalled. */
export const duplicateHandlers: DomainHandlers<typeof duplicateMethods> = {
  'duplicates:list': ({ limit, type }, ctx) => {
    const store = ctx.session.require();
    const all = findLikelyDuplicates(store).filter((p) => !type || p.a.type === type);
    const side = sideOf(store);
    return {
      total: all.length,
      rows: all
        .slice(0, limit)
        .map((p) => ({ a: side(p.a), b: side(p.b), kind: p.kind, reason: p.reason, score: p.score })),
    };
  },
  'duplicates:dismiss': ({ aId, bId }, ctx) => {
    const store = ctx.session.requireWritable();
    const a = store.require('entity', aId);
    const b = store.require('entity', bId);
    const result = dismissDuplicate(store, aId, bId);
    ctx.changed(['entity']);
    return {
      message: `"${a.label}" and "${b.label}" are not duplicates`,
      undoToken: result.operationId,
      affected: [aId, bId],
    };
  },
};

/** One side of a proposal, counted for the page shown only (a queue page is small). */
function sideOf(store: ReadableCase) {
  return (e: EntityRecord): DuplicateSide => ({
    id: e.id,
    type: e.type,
    label: e.label,
    status: e.status,
    mentions: store.list('mention', { entityId: e.id }).filter((m) => m.status !== 'rejected').length,
    links: store.list('link', { sourceId: e.id }).length + store.list('link', { targetId: e.id }).length,
    aliases: store
      .list('alias', { entityId: e.id })
      .map((a) => a.alias)
      .slice(0, 8),
  });
}
