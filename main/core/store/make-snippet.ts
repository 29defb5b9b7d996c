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

/** Text is read in pieces of this many characters until a query word is found (a 1 MB report costs its first piece). */
const PIECE = 20_000;

/** The words of an FTS5 query made by plainQuery: `"word"*` (prefix) or `"word"` (whole word). */
export function queryTerms(ftsQuery: string): { word: string; prefix: boolean }[] {
  return [...ftsQuery.matchAll(/"((?:[^"]|"")*)"(\*?)/g)].map((m) => ({
    word: fold(m[1]!.replace(/""/g, '"')),
    prefix: m[2] === '*',
  }));
}

export function makeSnippet(text: string, terms: readonly { word: string; prefix: boolean }[]): string {
  let upTo = 0;
  let tokens: { at: number; end: number; term: number }[] = [];
  // Whole pieces (cut at a space), so the window after the first match is inside what was read.
  do {
    const cut = text.indexOf(' ', upTo + PIECE);
    upTo = cut < 0 ? text.length : cut;
    tokens = [...text.slice(0, upTo).matchAll(TOKEN)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      term: termOf(fold(m[0]), terms),
    }));
  } while (upTo < text.length && !tokens.some((t) => t.term >= 0));
  if (!tokens.length) return '';
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.term < 0) continue;
    const seen = new Set<number>();
    for (let k = i; k < Math.min(tokens.length, i + WINDOW); k++) if (tokens[k]!.term >= 0) seen.add(tokens[k]!.term);
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = i;
      if (seen.size === terms.length) break;
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
  return last < tokens.length - 1 || upTo < text.length ? `${out}…` : out;
}

function termOf(token: string, terms: readonly { word: string; prefix: boolean }[]): number {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.prefix ? token.startsWith(t.word) : token === t.word) return i;
  }
  return -1;
}
