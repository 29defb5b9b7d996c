import type { searchMethods } from '../../preload/contract/search.js';
import { plainQuery } from '../core/store/search.js';
import type { DomainHandlers } from './define.js';

export const searchHandlers: DomainHandlers<typeof searchMethods> = {
  'search:query': ({ text, limit }, ctx) => {
    const store = ctx.session.require();
    const query = plainQuery(text);
    if (!query) return { documents: [], entities: [] };
    return {
      documents: store.searchDocuments(query, limit).map(({ documentId, title, snippet }) => ({ documentId, title, snippet })),
      entities: store.searchNames(query, limit).map(({ entityId, type, label, matched }) => ({ entityId, type, label, matched })),
    };
  },
};
