/**
 * The key under which a case matches names to its entities: when a new name has the same key
 * (and entity type) as a label or alias the case holds, it is that entity. Used by ingest to
 * resolve, and by renames and merges to keep one alias per key. NFKC folds compatibility forms (full-width letters, ligatures), case and curly quotes
 * are folded, a leading "the" and a trailing possessive 's are dropped, and runs of spaces and
 * punctuation that only decorate a name ("U.S." vs "US") collapse.
 */
export function caseNameKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
  s = s.replace(/['"]/g, (q, i: number) =>
    q === "'" && /\w/.test(s[i - 1] ?? '') && /\w/.test(s[i + 1] ?? '') ? q : ' ',
  );
  s = s.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  s = s.replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, ' ').trim();
  s = s.replace(/^the /, '');
  s = s.replace(/[.,;:!?]+$/g, '').trim();
  return s;
}

/**
 * A looser key for proposing duplicates (never for silent resolution): drops dots and hyphens
 * inside names so "U.S." meets "US" and "al-Qaeda" meets "al Qaeda".
 */
export function likelyDuplicateKey(name: string): string {
  return caseNameKey(name)
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2015_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
