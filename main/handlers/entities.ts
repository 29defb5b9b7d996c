import type { entityMethods } from '../../preload/contract/entities.js';
import { DossierError } from '../core/errors.js';
import type { EntityRecord } from '../core/store/records.js';
import type { DomainHandlers } from './define.js';
import { entityDetail, tallyEntities, toEntityRow } from './entity-queries.js';

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
  'entities:set-status': ({ ids, status }, ctx) => {
    const store = ctx.session.requireWritable();
    const before = store.transaction(() => {
      const prior = ids.map((id) => store.require('entity', id));
      for (const e of prior) if (e.status !== status) store.update('entity', e.id, { status });
      return prior;
    });
    ctx.changed(['entity']);
    const undoToken = ctx.undo.push(`${status} ${ids.length}`, () =>
      store.transaction(() => before.map((e) => store.update('entity', e.id, { status: e.status }).id)),
    );
    const what = ids.length === 1 ? `"${before[0]!.label}"` : `${ids.length} entities`;
    return { message: `${verb(status)} ${what}`, undoToken, affected: ids };
  },
  'entities:rename': ({ id, label }, ctx) => {
    const store = ctx.session.requireWritable();
    const { before, aliasId } = store.transaction(() => {
      const prior = store.require('entity', id);
      if (prior.label === label) throw new DossierError('invalid-argument', `the entity is already called "${label}"`);
      store.update('entity', id, { label });
      // The old name stays findable (and recognisable by extraction) as an alias.
      const known = store.list('alias', { entityId: id }).some((a) => a.alias === prior.label);
      const alias = known ? null : store.insert('alias', { entityId: id, alias: prior.label });
      return { before: prior, aliasId: alias?.id ?? null };
    });
    ctx.changed(['entity', 'alias']);
    const undoToken = ctx.undo.push('rename', () =>
      store.transaction(() => {
        store.update('entity', id, { label: before.label });
        if (aliasId && store.get('alias', aliasId)) store.remove('alias', aliasId);
        return [id];
      }),
    );
    return { message: `Renamed "${before.label}" to "${label}"`, undoToken, affected: [id] };
  },
  'entities:merge': ({ targetId, sourceIds }, ctx) => {
    const store = ctx.session.requireWritable();
    const target = store.require('entity', targetId);
    const sources: EntityRecord[] = sourceIds.map((id) => store.require('entity', id));
    const result = ctx.entityOps.merge(store, targetId, sourceIds);
    ctx.changed(['entity', 'alias', 'mention', 'link', 'citation', 'participant']);
    const undoToken = result.undo ? ctx.undo.push('merge', () => store.transaction(() => result.undo!())) : null;
    const what = sources.length === 1 ? `"${sources[0]!.label}"` : `${sources.length} entities`;
    return { message: `Merged ${what} into "${target.label}"`, undoToken, affected: [targetId, ...sourceIds] };
  },
  'entities:undo': ({ undoToken }, ctx) => {
    ctx.session.requireWritable();
    const entry = ctx.undo.take(undoToken);
    if (!entry) throw new DossierError('not-found', 'nothing to undo: the change is too old or was already undone');
    const affected = entry.restore();
    ctx.changed(['entity', 'alias', 'mention', 'link', 'citation', 'participant']);
    return { message: 'Undone', undoToken: null, affected };
  },
};

function verb(status: string): string {
  return status === 'confirmed' ? 'Confirmed' : status === 'rejected' ? 'Rejected' : 'Marked as suggested';
}
