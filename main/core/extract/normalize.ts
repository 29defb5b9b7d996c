import { memoizeString } from './string-memo.js';

/**
 * The key that groups one text's mentions: two mentions of the same type with the same key are
 * one extracted entity (ingest then matches it to the case with `caseNameKey`): the key
 * ignores Unicode compatibility forms, case, curly quotes and dashes, a leading "the", surrounding
 * punctuation and a trailing possessive. It keeps inner dots, so "U.S." and "US" stay distinct
 * keys (they are proposed as likely duplicates, not merged silently).
 */
export const mentionKey: (text: string) => string = memoizeString(keyOfMention);

function keyOfMention(text: string): string {
  let t = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  t = t.replace(/^[\s"'()[\]{},.;:!?-]+|[\s"'()[\]{},;:!?-]+$/g, '');
  t = t.replace(/^the\s+/, '');
  t = t.replace(/'s$/, '').replace(/s'$/, 's');
  return t.replace(/\.$/, (m) => (/\.[a-z]\.$/.test(t) ? m : '')).trim();
}

/** A looser key for dictionary look-ups: also drops dots and folds accents ("U.S." → "us"). */
export const lookupKey: (text: string) => string = memoizeString(computeLookupKey);

/** `lookupKey` without the cache, for loading word lists (each entry is folded once). */
export function computeLookupKey(text: string): string {
  return mentionKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .replace(/\s*-\s*/g, '-');
}

/** The words of a phrase for per-word flags, folded the same way as `lookupKey`. */
export function lookupWords(text: string): string[] {
  return computeLookupKey(text)
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
}
