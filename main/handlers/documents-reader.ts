import type { ReaderDocument } from '../../preload/contract/documents-reader.js';
import type { documentReaderMethods } from '../../preload/contract/documents-reader.js';
import type { DomainHandlers } from './define.js';
import { toRow } from './documents.js';

export const documentReaderHandlers: DomainHandlers<typeof documentReaderMethods> = {
  'documents:open': ({ id }, ctx) => {
    const store = ctx.session.require();
    const doc = store.require('document', id);
    const summary = store.readerSummary(id);
    const live = summary.byStatus.suggested + summary.byStatus.confirmed;
    const opened: ReaderDocument = {
      ...toRow(doc, live),
      text: doc.text,
      sha256: doc.sha256,
      properties: doc.properties,
      mentionsByStatus: summary.byStatus,
      mentionsByType: summary.byType,
      entities: summary.entities,
    };
    return opened;
  },
  'documents:adjacent-mention': ({ id, from, direction, withRejected }, ctx) => {
    const store = ctx.session.require();
    store.require('document', id);
    return store.adjacentMention(id, from, direction, withRejected);
  },
};
