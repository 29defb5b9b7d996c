import { SNIPPET_CLOSE, SNIPPET_OPEN } from './search.js';

// Snippets made here rather than by FTS5's snippet(): for a prefix query FTS5 scores every
// instance of every expanded term against every other (one snippet for "the*" in a 566-word
// report took 1.7 s here). This finds the 16-token window holding the most distinct query
// words, and marks them, in one pass over the document's tokens.

const WINDOW = 16;
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** What FTS5's unicode61 tokenizer (remove_diacritics 2) compares: no case, no diacritics. */
function fold(word: string): string {
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no decomposition
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Text is read in pieces of this many characters until a query word is found: a 1 MB report
 * costs its first piece, both here and in reading it from the case (search-page.ts asks SQLite
 * for one piece at a time).
 */
export const SNIPPET_PIECE = 4_000;

/** The words of an FTS5 query made by plainQuery: `"word"*` (prefix) or `"word"` (whole word). */
export function queryTerms(ftsQuery: string): { word: string; prefix: boolean }[] {
  return [...ftsQuery.matchAll(/"((?:[^"]|"")*)"(\*?)/g)].map((m) => ({
    word: fold(m[1]!.replace(/""/g, '"')),
    prefix: m[2] === '*',
  }));
}

export function makeSnippet(text: string, terms: readonly { word: string; prefix: boolean }[]): string {
  return makeSnippetFrom((i) => text.slice(i * SNIPPET_PIECE, (i + 1) * SNIPPET_PIECE), terms);
}

/** Pieces read looking for a first match (100,000 characters). */
const MAX_PIECES_WITHOUT_MATCH = 25;

interface Token {
  at: number;
  end: number;
  term: number;
}

/**
 * The snippet of a text read piece by piece: `readPiece(i)` gives the i-th SNIPPET_PIECE
 * characters ('' past the end; a shorter piece is the last). Each piece is tokenised once, a
 * word cut by a piece's end waits for the next, and reading stops at the end of the piece that
 * holds the first match, once the window after it is complete.
 */
export function makeSnippetFrom(
  readPiece: (index: number) => string,
  terms: readonly { word: string; prefix: boolean }[],
): string {
  let text = '';
  const tokens: Token[] = [];
  let scanned = 0;
  let end = false;
  let firstMatch = -1;
  // Windows are checked as they fill: the first that holds every query word is the snippet,
  // and nothing after it need be read (for a one-word query: the first match).
  let checkFrom = 0;
  let complete = false;
  for (let i = 0; !end && !complete; i++) {
    // A document matched by its title alone would be read to its end: past this much, the
    // snippet is the opening of the text (as for no match at all).
    if (firstMatch < 0 && i >= MAX_PIECES_WITHOUT_MATCH) break;
    const piece = readPiece(i);
    end = piece.length < SNIPPET_PIECE;
    text += piece;
    const token = new RegExp(TOKEN.source, TOKEN.flags);
    token.lastIndex = scanned;
    for (let m = token.exec(text); m && !complete; m = token.exec(text)) {
      const tokenEnd = m.index + m[0].length;
      if (!end && tokenEnd === text.length) break; // may go on in the next piece
      const term = termOf(fold(m[0]), terms);
      if (term >= 0 && firstMatch < 0) firstMatch = tokens.length;
      tokens.push({ at: m.index, end: tokenEnd, term });
      scanned = tokenEnd;
      for (; checkFrom + WINDOW <= tokens.length && !complete; checkFrom++)
        complete = tokens[checkFrom]!.term >= 0 && distinctTerms(tokens, checkFrom) === terms.length;
    }
    if (firstMatch >= 0 && tokens.length >= firstMatch + WINDOW) break;
  }
  if (!tokens.length) return '';
  let best = 0;
  let bestScore = -1;
  for (let i = Math.max(0, firstMatch); i < tokens.length; i++) {
    if (tokens[i]!.term < 0) continue;
    const score = distinctTerms(tokens, i);
    if (score > bestScore) {
      bestScore = score;
      best = i;
      if (score === terms.length) break;
    }
  }
  // Start a couple of tokens before the first match, as FTS5 does, so it is read in context.
  const first = Math.max(0, Math.min(best - 2, tokens.length - WINDOW));
  const last = Math.min(tokens.length, first + WINDOW) - 1;
  let out = first > 0 ? '…' : '';
  let at = tokens[first]!.at;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    out += text.slice(at, t.at);
    const word = text.slice(t.at, t.end);
    out += t.term >= 0 ? `${SNIPPET_OPEN}${word}${SNIPPET_CLOSE}` : word;
    at = t.end;
  }
  return last < tokens.length - 1 || !end ? `${out}…` : out;
}

/** How many different query words the window starting at token `from` holds. */
function distinctTerms(tokens: readonly Token[], from: number): number {
  const seen = new Set<number>();
  for (let k = from; k < Math.min(tokens.length, from + WINDOW); k++)
    if (tokens[k]!.term >= 0) seen.add(tokens[k]!.term);
  return seen.size;
}

function termOf(token: string, terms: readonly { word: string; prefix: boolean }[]): number {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.prefix ? token.startsWith(t.word) : token === t.word) return i;
  }
  return -1;
}
