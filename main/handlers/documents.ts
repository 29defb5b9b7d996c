import type { DocumentDetail, DocumentRow, ReaderMention } from '../../preload/contract.js';
import type { documentMethods } from '../../preload/contract/documents.js';
import { setMentionStatus } from '../core/entities/status.js';
import type { ReadableCase } from '../core/store/case-store.js';
import type { DocumentRecord, MentionRecord } from '../core/store/records.js';
import type { DomainHandlers } from './define.js';
import { startImport, stageUploads } from './import-job.js';

export const documentHandlers: DomainHandlers<typeof documentMethods> = {
  'documents:list': ({ offset, limit, sort, filter }, ctx) =>
    ctx.session.require().documentPage({ offset, limit, sort, filter }),
  'documents:get': ({ id }, ctx) => {
    const store = ctx.session.require();
    const doc = store.require('document', id);
    const mentionList = store.readerMentions(id);
    const detail: DocumentDetail = {
      ...toRow(doc, mentionList.filter((m) => m.status !== 'rejected').length),
      text: doc.text,
      sha256: doc.sha256,
      properties: doc.properties,
      mentionList,
    };
    return detail;
  },
  'documents:mentions': ({ id, start, end }, ctx) => {
    const store = ctx.session.require();
    store.require('document', id);
    return store.readerMentions(id, { start, end });
  },
  'documents:import': ({ paths }, ctx) => {
    const allowed = paths.map((p) => ctx.grants.require(p, 'Import'));
    return {
      jobId: startImport(
        ctx,
        allowed.map((p) => ({ path: p, name: p })),
        null,
      ),
    };
  },
  'documents:import-upload': ({ files }, ctx) => {
    ctx.session.requireWritable();
    const staged = stageUploads(ctx.paths.temp, files);
    return { jobId: startImport(ctx, staged.files, staged.folder) };
  },
  'documents:set-mention-status': ({ mentionId, status }, ctx) => {
    const store = ctx.session.requireWritable();
    const result = setMentionStatus(store, [mentionId], status);
    ctx.changed(['mention', 'entity']);
    const mention = toReaderMention(store, store.require('mention', mentionId));
    const verb = status === 'confirmed' ? 'Accepted' : status === 'rejected' ? 'Rejected' : 'Reset';
    return { mention, message: `${verb} "${mention.entityLabel}" here`, undoToken: result.operationId };
  },
};

export function toRow(d: DocumentRecord, mentions: number): DocumentRow {
  return {
    id: d.id,
    title: d.title,
    mimeType: d.mimeType,
    size: d.size,
    sourceUri: d.sourceUri,
    ingestedAt: d.ingestedAt,
    publishedAt: d.publishedAt,
    reliability: d.reliability,
    tlp: d.tlp,
    parentId: d.parentId,
    mentions,
  };
}

function toReaderMention(store: ReadableCase, m: MentionRecord): ReaderMention {
  const e = store.get('entity', m.entityId);
  return {
    id: m.id,
    entityId: m.entityId,
    entityType: e?.type ?? 'unknown',
    entityLabel: e?.label ?? m.surface,
    start: m.start,
    end: m.end,
    status: m.status,
  };
}
