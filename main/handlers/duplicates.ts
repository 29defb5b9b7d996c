import type { DuplicateSide, duplicateMethods } from '../../preload/contract/duplicates.js';
import { dismissDuplicate } from '../core/entities/duplicate-dismissals.js';
import { findLikelyDuplicates } from '../core/entities/likely-duplicates.js';
import type { ReadableCase } from '../core/store/case-store.js';
import type { EntityRecord } from '../core/store/records.js';
import type { DomainHandlers } from './define.js';
import { tallyEntities } from './entity-queries.js';

/** The duplicates queue: proposals from main/core/entities/likely-duplicates.ts, dismissals journalled. */
export const duplicateHandlers: DomainHandlers<typeof duplicateMethods> = {
  'duplicates:list': ({ limit, type }, ctx) => {
    const store = ctx.session.require();
    const all = findLikelyDuplicates(store).filter((p) => !type || p.a.type === type);
    const tally = tallyEntities(store);
    const side = sideOf(store, tally);
    return { total: all.length, rows: all.slice(0, limit).map((p) => ({ a: side(p.a), b: side(p.b), kind: p.kind, reason: p.reason, score: p.score })) };
  },
  'duplicates:dismiss': ({ aId, bId }, ctx) => {
    const store = ctx.session.requireWritable();
    const a = store.require('entity', aId);
    const b = store.require('entity', bId);
    const result = dismissDuplicate(store, aId, bId);
    ctx.changed(['entity']);
    return { message: `"${a.label}" and "${b.label}" are not duplicates`, undoToken: result.operationId, affected: [aId, bId] };
  },
};

function sideOf(store: ReadableCase, tally: ReturnType<typeof tallyEntities>) {
  return (e: EntityRecord): DuplicateSide => ({
    id: e.id, type: e.type, label: e.label, status: e.status,
    mentions: tally.get(e.id)?.mentions ?? 0, links: tally.get(e.id)?.links ?? 0,
    aliases: store.list('alias', { entityId: e.id }).map((a) => a.alias).slice(0, 8),
  });
}
