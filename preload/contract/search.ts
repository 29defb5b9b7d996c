import { z } from 'zod';
import { method, returns } from './define.js';

export interface SearchResults {
  documents: { documentId: string; title: string; snippet: string }[];
  entities: { entityId: string; type: string; label: string; matched: string }[];
}

/** Where the search snippet marks a match: private-use characters the renderer turns into <mark>. */
export { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../lib/vocabulary/index.js';

export const searchMethods = {
  /** Plain words, each matched as a prefix; FTS5 syntax is not exposed to the UI. */
  'search:query': method(
    z.object({ text: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).default(30) }).strict(),
    returns<SearchResults>(),
  ),
};
