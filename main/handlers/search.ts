import type { searchMethods } from '../../preload/contract/search.js';
import { plainQuery } from '../core/store/search.js';
import type { DomainHandlers } from './define.js';

/** In document text, words of up to three letters match whole words, longer ones as prefixes (see plainQuery). */
const DOCUMENT_MIN_PREFIX = 4;

/** In names, a one-letter word matches whole names only (as a prefix it expands to most of them). */
const NAME_MIN_PREFIX = 2;

export const searchHandlers: DomainHandlers<typeof searchMethods> = {
  'search:query': ({ text, limit, offset }, ctx) => {
    const store = ctx.session.require();
    const query = plainQuery(text);
    if (!query)
      return { documents: [], entities: [], documentTotal: 0, documentsEstimated: false, documentsAvailable: 0 };
    const page = store.searchDocumentPage(plainQuery(text, DOCUMENT_MIN_PREFIX), offset, limit);
    return {
      documents: page.hits.map(({ documentId, title, snippet }) => ({ documentId, title, snippet })),
      entities: offset
        ? []
        : store
            .searchNames(plainQuery(text, NAME_MIN_PREFIX), limit)
            .map(({ entityId, type, label, matched }) => ({ entityId, type, label, matched })),
      events: offset
        ? []
        : store
            .searchEvents(plainQuery(text, NAME_MIN_PREFIX), limit)
            .map(({ eventId, title, startAt, snippet }) => ({ eventId, title, startAt, snippet })),
      documentTotal: page.total,
      documentsEstimated: page.estimated,
      documentsAvailable: page.available,
    };
  },
};
