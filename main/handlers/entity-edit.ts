import type { entityEditMethods } from '../../preload/contract/entity-edit.js';
import { addMention, createEntity, deleteEntity } from '../core/entities/create-delete.js';
import { addAlias, editEntity, removeAlias } from '../core/entities/entity-details.js';
import { splitAlias } from '../core/entities/split-alias.js';
import type { DomainHandlers } from './define.js';
import { deskChange } from './desk-change.js';

/** The entity detail panel and the reader's entity actions; the logic is in main/core/entities. */
export const entityEditHandlers: DomainHandlers<typeof entityEditMethods> = {
  'entities:edit': ({ id, ...edit }, ctx) => {
    const store = ctx.session.requireWritable();
    const before = store.require('entity', id);
    const result = editEntity(store, id, edit);
    return deskChange(
      ctx,
      `Saved "${result.entity.label}"${before.label !== result.entity.label ? ` (was "${before.label}")` : ''}`,
      result,
      id,
    );
  },
  'entities:add-alias': ({ id, alias }, ctx) =>
    deskChange(ctx, `Added the alias "${alias}"`, addAlias(ctx.session.requireWritable(), id, alias), id),
  'entities:remove-alias': ({ id, alias }, ctx) =>
    deskChange(ctx, `Removed the alias "${alias}"`, removeAlias(ctx.session.requireWritable(), id, alias), id),
  'entities:split-alias': ({ id, alias }, ctx) => {
    const result = splitAlias(ctx.session.requireWritable(), id, alias);
    return deskChange(
      ctx,
      `Split "${alias}" out as an entity of its own (${result.movedMentions} mentions moved)`,
      result,
      result.entity.id,
    );
  },
  'entities:create': (args, ctx) => {
    const result = createEntity(ctx.session.requireWritable(), args);
    return deskChange(
      ctx,
      `Created "${result.entity.label}"${result.mention ? ' with its first mention' : ''}`,
      result,
      result.entity.id,
    );
  },
  'entities:delete': ({ id }, ctx) => {
    const store = ctx.session.requireWritable();
    const e = store.require('entity', id);
    return deskChange(ctx, `Deleted "${e.label}"`, deleteEntity(store, id));
  },
  'entities:add-mention': ({ id, passage }, ctx) => {
    const store = ctx.session.requireWritable();
    const e = store.require('entity', id);
    const result = addMention(store, id, passage);
    return deskChange(ctx, `Marked "${result.mention.surface}" as "${e.label}"`, result, id);
  },
};
