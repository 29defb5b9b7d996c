import { likelyDuplicateKey as looseKey } from '../names/case-name-key.js';

/**
 * Keys for proposing duplicates (never for merging silently). Each folds away one way the same
 * name gets written differently.
 */

/** The name without spaces or punctuation: "AsiaPlus" = "Asia-Plus" = "Asia Plus". */
export function compactKey(name: string): string {
  return stripMarks(looseKey(name)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A small folding of the romanisations of Tajik, Uzbek, Persian, Arabic and Russian names, so
 * Kurbonov = Qurbonov, Zirebon = Zirehbon, Rakhmon = Rahmon, Dzhuraev = Juraev = Jurayev,
 * Ghafurov = Gafurov, Xo'jand = Khujand. Consonants that the systems write differently fold
 * together (q→k; kh, x→h; gh, ğ→g; dzh, dj, zh→j; sh→s; ch→c; ph→f; w→v), an h inside or at
 * the end of a word goes (Rahmon = Rakhmon = Rahmon, the Persian -eh of Zirehbon), Uzbek oʻ is
 * Tajik u (Xoʻjand = Khujand), vowels fold into three classes (a/o, e/i/y, u), and doubled
 * letters collapse. Word by word; the words keep their order.
 */
export function transliterationKey(name: string): string {
  return stripMarks(looseKey(name))
    .replace(/o['\u02BB\u02BC\u2018\u2019`]/g, 'u')
    .replace(/['\u02BB\u02BC\u2018\u2019`]/g, '')
    .split(' ')
    .map(foldWord)
    .filter(Boolean)
    .join(' ');
}

function foldWord(word: string): string {
  let w = word.replace(/[^a-z0-9]/g, '');
  w = w
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'X')
    .replace(/x/g, 'X')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/ph/g, 'f');
  w = w.replace(/X/g, 'h');
  if (!w) return '';
  // h is the letter romanisations disagree on most; only a word-initial one is kept.
  w = w[0] + w.slice(1).replace(/h/g, '');
  w = w.replace(/q/g, 'k').replace(/w/g, 'v');
  w = w.replace(/[ao]/g, 'A').replace(/[eiy]/g, 'I').replace(/u/g, 'U');
  return w.replace(/(.)\1+/g, '$1');
}

/** Letters without their accents (ö → o, š → s, ğ → g). */
export function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}
