import type Database from 'better-sqlite3';
import { SNIPPET_PIECE, makeSnippetFrom, queryTerms } from './make-snippet.js';
import { type DocumentHit, runFts } from './search.js';

// Document search that costs the page it returns, not every hit: FTS5 row ids are listed first
// (cheap), at most CANDIDATE_CAP of them are ranked with bm25, and snippets are made only for
// the rows of the page (make-snippet.ts). A query matching more than the cap ("the" matches every document) is
// ranked among the newest CANDIDATE_CAP matches and its total is estimated from how far back
// they reach; before, "the" ranked and snipped all 20,000 documents (1.3 s).

/** Most matches ranked per query. */
export const CANDIDATE_CAP = 2_000;
/** Most hits a person can scroll to: "showing the best 200 of ~N". */
export const BEST_HITS = 200;

export interface DocumentSearchPage {
  hits: DocumentHit[];
  /** Matching documents: exact when `estimated` is false. */
  total: number;
  estimated: boolean;
  /** How many of the best hits can be paged to (at most BEST_HITS). */
  available: number;
}

export function searchDocumentPage(
  db: Database.Database,
  query: string,
  offset: number,
  limit: number,
): DocumentSearchPage {
  return runFts(query, () => {
    // One pass over the index: the newest CANDIDATE_CAP + 1 matches with their bm25 scores.
    const scored = db
      .prepare(
        'SELECT rowid, bm25(documents_fts) AS score FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?',
      )
      .raw()
      .all(query, CANDIDATE_CAP + 1) as [number, number][];
    const capped = scored.length > CANDIDATE_CAP;
    if (capped) scored.pop();
    const total = capped ? estimateTotal(db, scored.at(-1)![0]) : scored.length;
    const available = Math.min(BEST_HITS, scored.length);
    const from = Math.min(offset, available);
    const page = scored.sort((a, b) => a[1] - b[1] || b[0] - a[0]).slice(from, Math.min(available, from + limit));
    if (!page.length) return { hits: [], total, estimated: capped, available };
    const terms = queryTerms(query);
    // The text is read a piece at a time (make-snippet.ts): loading a 1 MB document whole for
    // its snippet took 160–210 ms of one search.
    const documentOf = db.prepare('SELECT id AS documentId, title FROM documents WHERE rowid = ?');
    const pieceOf = db.prepare('SELECT substr(text, ?, ?) FROM documents WHERE rowid = ?').pluck();
    const hits = page.map(([rowid, rank]) => {
      const d = documentOf.get(rowid) as { documentId: string; title: string };
      const snippet = makeSnippetFrom((i) => pieceOf.get(i * SNIPPET_PIECE + 1, SNIPPET_PIECE, rowid) as string, terms);
      return { documentId: d.documentId, title: d.title, snippet, rank };
    });
    return { hits, total, estimated: capped, available };
  });
}

/**
 * Matching documents when only the newest CANDIDATE_CAP were listed: the cap over the share of
 * documents (by row id) that those reach back over. Row ids grow with import order, so the
 * estimate assumes matches are spread evenly through the case's history.
 */
function estimateTotal(db: Database.Database, floor: number): number {
  // Three statements: together, min/max lose their one-row shortcut and count(*) its small
  // index, and the three scanned every document's text (a second at 20,000 documents).
  const lo = db.prepare('SELECT min(rowid) FROM documents').pluck().get() as number;
  const hi = db.prepare('SELECT max(rowid) FROM documents').pluck().get() as number;
  const n = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  if (hi <= lo || floor <= lo) return Math.max(CANDIDATE_CAP, n);
  const share = (hi - floor + 1) / (hi - lo + 1);
  return Math.min(n, Math.max(CANDIDATE_CAP, Math.round(CANDIDATE_CAP / share)));
}
