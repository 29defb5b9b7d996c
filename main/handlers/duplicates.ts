import type { DuplicateSide, duplicateMethods } from '../../preload/contract/duplicates.js';
import { dismissDuplicate } from '../core/entities/duplicate-dismissals.js';
import { likelyDuplicatePage } from '../core/entities/likely-duplicates.js';
import type { EntityRecord } from '../core/store/records.js';
import type { DomainHandlers } from './define.js';

/** The duplicates queue: proposals from main/core/entities/likely-duplicates.ts, dismissals journalled. */
export const duplicateHandlers: DomainHandlers<typeof duplicateMethods> = {
  'duplicates:list': ({ limit, type }, ctx) => {
    const store = ctx.session.require();
    const page = likelyDuplicatePage(store, { limit, ...(type ? { type } : {}) });
    const counts = store.duplicateReads().sideCounts(page.rows.flatMap((p) => [p.a.id, p.b.id]));
    const side = (e: EntityRecord): DuplicateSide => ({
      id: e.id,
      type: e.type,
      label: e.label,
      status: e.status,
      ...(counts.get(e.id) ?? { mentions: 0, links: 0, aliases: [] }),
    });
    return {
      total: page.total,
      rows: page.rows.map((p) => ({ a: side(p.a), b: side(p.b), kind: p.kind, reason: p.reason, score: p.score })),
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
