import type { LinkEditable, linkMethods } from '../../preload/contract/links.js';
import { OFFERED_LINK_TYPES, linkTypeLabel } from '../../lib/vocabulary/event-types.js';
import { addCitation, addLink, deleteLink, editLink, setLinkStatus } from '../core/entities/link-edit.js';
import type { ReadableCase } from '../core/store/case-store.js';
import type { DomainHandlers } from './define.js';
import { deskChange } from './desk-change.js';
import { editableCitations, reviewSummary, withCaseValues } from './desk-reads.js';

export const linkHandlers: DomainHandlers<typeof linkMethods> = {
  'links:types': (_args, ctx) =>
    withCaseValues(
      OFFERED_LINK_TYPES,
      [...ctx.session.require().iterate('link')].map((l) => l.type),
    ),
  'links:get-editable': ({ id }, ctx) => editableLink(ctx.session.require(), id),
  'links:create': ({ citations, ...fields }, ctx) => {
    const store = ctx.session.requireWritable();
    const result = addLink(store, { ...fields, citations });
    const s = store.require('entity', fields.sourceId);
    const t = store.require('entity', fields.targetId);
    return deskChange(
      ctx,
      `Linked "${s.label}" ${linkTypeLabel(result.link.type)} "${t.label}"`,
      result,
      result.link.id,
    );
  },
  'links:edit': ({ id, ...edit }, ctx) =>
    deskChange(ctx, 'Saved the link', editLink(ctx.session.requireWritable(), id, edit), id),
  'links:delete': ({ id }, ctx) => {
    const store = ctx.session.requireWritable();
    const l = store.require('link', id);
    return deskChange(ctx, `Deleted the link "${linkTypeLabel(l.type)}"`, deleteLink(store, id));
  },
  'links:set-status': ({ ids, status }, ctx) => {
    return deskChange(
      ctx,
      reviewSummary(status, ids, 'link', 'links'),
      setLinkStatus(ctx.session.requireWritable(), ids, status),
      ids.length === 1 ? ids[0]! : null,
    );
  },
  'links:cite': ({ subjectKind, subjectId, passage }, ctx) =>
    deskChange(
      ctx,
      `Cited the passage for the ${subjectKind}`,
      addCitation(ctx.session.requireWritable(), subjectKind, subjectId, passage),
      subjectId,
    ),
};

function editableLink(store: ReadableCase, id: string): LinkEditable {
  const l = store.require('link', id);
  const label = (entityId: string) => store.get('entity', entityId)?.label ?? '(missing)';
  return {
    id,
    sourceId: l.sourceId,
    targetId: l.targetId,
    sourceLabel: label(l.sourceId),
    targetLabel: label(l.targetId),
    type: l.type,
    directed: l.directed,
    confidence: l.confidence,
    credibility: l.credibility,
    status: l.status,
    notes: typeof l.properties.notes === 'string' ? l.properties.notes : '',
    citations: editableCitations(store, id),
  };
}
