import { z } from 'zod';
import { method, returns } from './define.js';

export interface SearchResults {
  /** One page of the best document hits, best first. */
  documents: { documentId: string; title: string; snippet: string }[];
  /** The best name matches (on the first page only: later pages leave it empty). */
  entities: { entityId: string; type: string; label: string; matched: string }[];
  /** Events whose title, type or counts match ("killed 5"), on the first page only. */
  events?: { eventId: string; title: string; startAt: string | null; snippet: string }[];
  /** Documents matching the query; an estimate ("~N") when `documentsEstimated`. */
  documentTotal: number;
  documentsEstimated: boolean;
  /** How many of the best hits can be paged to: "showing the best 200 of ~N". */
  documentsAvailable: number;
}

/** Where the search snippet marks a match: private-use characters the renderer turns into <mark>. */
export { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../lib/vocabulary/index.js';

export const searchMethods = {
  /** Plain words, each matched as a prefix; FTS5 syntax is not exposed to the UI. */
  'search:query': method(
    z
      .object({
        text: z.string().trim().min(1).max(500),
        limit: z.number().int().min(1).max(200).default(30),
        offset: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    returns<SearchResults>(),
  ),
};
