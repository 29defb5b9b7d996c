import type { TagSpan } from './bio.js';
import { countryAsPlace } from './country-as-place.js';

/**
 * re3d annotates mentions, not names: pronouns ("he", "We"), titles ("The Foreign Secretary"),
 * and noun phrases ("Iraqi security forces") are tagged too. The other sets (and what Dossier
 * wants) tag names only, so re3d spans are cut back to the name they contain, or dropped.
 */
const PRONOUNS = new Set(
  'i me my mine he him his she her hers we us our ours they them their theirs it its you your yours this that these those who whom one'.split(
    ' ',
  ),
);
const DETERMINERS = new Set('the a an our its their his her this that these those all some any every'.split(' '));
// Words that make a title, not a name, in re3d's person mentions.
const TITLE_WORDS = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. lt lt. gen gen. col col. maj maj. brig brig. capt capt. sgt sgt. spc spc. adm adm. ' +
    'president minister secretary foreign prime deputy defense defence special advisor adviser envoy office fco ' +
    'general colonel major captain sergeant lieutenant commander chief director chairman spokesman spokesperson ' +
    'ambassador senator governor king queen prince sheikh state middle east un us u.s. uk iraqi syrian'
  ).split(' '),
);
const NAME_PARTICLES = new Set([
  'al',
  '-',
  'de',
  'bin',
  'ibn',
  'von',
  'van',
  'da',
  'del',
  'la',
  'le',
  'of',
  'and',
  'for',
  'the',
  '&',
  "'",
]);

const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

export function normaliseRe3dSpan(tokens: readonly string[], span: TagSpan): TagSpan | null {
  let { start } = span;
  const { end } = span;
  const lower = (i: number) => tokens[i]!.toLowerCase();
  // A mention ending in a common noun ("ISIL tactical units", "this hero") is not a name.
  if (!capitalised(tokens[end - 1]!)) return null;
  while (start < end && (DETERMINERS.has(lower(start)) || !capitalised(tokens[start]!))) start++;
  if (start === end) return null;
  if (span.type === 'PER') {
    // Keep what follows the last title word: "Foreign Secretary Philip Hammond" → "Philip Hammond".
    for (let i = end - 1; i >= start; i--) {
      if (TITLE_WORDS.has(lower(i))) {
        // "Minister for Central Asia" names an office, not a person.
        if (i + 1 < end && (lower(i + 1) === 'for' || lower(i + 1) === 'of')) return null;
        start = i + 1;
        break;
      }
    }
    while (start < end && (NAME_PARTICLES.has(lower(start)) || !capitalised(tokens[start]!))) start++;
  }
  if (start === end) return null;
  let onlyPronouns = true;
  for (let i = start; i < end; i++) if (!PRONOUNS.has(lower(i))) onlyPronouns = false;
  if (onlyPronouns) return null;
  return countryAsPlace(tokens, { type: span.type, start, end });
}

export function re3dType(raw: string): string | null {
  switch (raw) {
    case 'Person':
      return 'PER';
    case 'Organisation':
      return 'ORG';
    case 'Location':
      return 'LOC';
    case 'Nationality':
      return 'MISC';
    default:
      return null;
  }
}
