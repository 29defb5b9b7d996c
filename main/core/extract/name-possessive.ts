import { grownBack, grownTo, replacedBy } from './entity-list.js';
import { gazetteerClass, isDemonym } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** A possessive that belongs to the name after it: "People's Liberation Army", "Workers' Party". */
const NAME_POSSESSIVE_BEFORE = /(?:^|[^\p{L}\p{N}'’])((?:People|Peoples|Workers|Women|Children)['’]s? ?)$/u;

/**
 * Gives a name back the possessive it opens with, which the tagger left out as if it named an
 * owner: "People's" + "Liberation Army", "People's" + "Bank of China". An owner's possessive
 * ("China's army") is a name of its own and stays out.
 */
export function joinNamePossessive(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const grown = entities.map((e, i) =>
    e.type === 'organization' || e.type === 'location'
      ? (grownBack(text, entities, i, NAME_POSSESSIVE_BEFORE, 12) ?? e)
      : e,
  );
  const found = grown.flatMap((e, i) => (e.type === 'organization' ? (withPlaceBefore(text, grown, i) ?? []) : []));
  return replacedBy(grown, found).map((e, i, all) => possessivePlace(text, all, i) ?? e);
}

/** A capitalised word and its possessive, right before a name: "Bishop's " of "Bishop's Stortford". */
const WORD_POSSESSIVE_BEFORE = /(?:^|[^\p{L}\p{N}'’])(\p{Lu}\p{Ll}+)['’]s $/u;

/**
 * "arrested in Bishop's Stortford": a town whose name holds a possessive, known to the lists
 * without its apostrophe ("Bishops Stortford"), is one place, not a bishop and a "Stortford".
 */
function possessivePlace(text: string, entities: readonly ExtractedEntity[], i: number): ExtractedEntity | null {
  const e = entities[i]!;
  if (/\s/.test(e.text)) return null;
  const m = WORD_POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, e.start - 30), e.start));
  if (!m || gazetteerClass(`${m[1]}s ${e.text}`) !== 'location') return null;
  // The word, its apostrophe, "s" and the space.
  const start = e.start - m[1]!.length - 3;
  const previous = entities[i - 1];
  if (previous && previous.end > start) return null;
  return grownTo(text, e, start, e.end, 'location');
}

/**
 * "the ruling Cameroon People's Democratic Movement", "the Chinese People's Political Consultative
 * Conference": a place or a nationality written right before the name's own possessive opens the
 * name ("China's People's Liberation Army", an owner's possessive, does not).
 */
function withPlaceBefore(text: string, entities: readonly ExtractedEntity[], i: number): ExtractedEntity | null {
  const e = entities[i]!;
  if (!OWN_POSSESSIVE_FIRST.test(e.text)) return null;
  const m = PLACE_WORDS_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start));
  if (!m || !(gazetteerClass(m[1]!) === 'location' || isDemonym(m[1]!))) return null;
  const start = e.start - m[0].length;
  const previous = entities[i - 1];
  if (previous && previous.end > start && !(previous.start === start && previous.end === start + m[1]!.length))
    return null;
  return grownTo(text, e, start, e.end);
}
const OWN_POSSESSIVE_FIRST = /^(?:People|Peoples|Workers|Women|Children)['’]s? /u;
/** One or two capitalised words and a space, right before the name. */
const PLACE_WORDS_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) $/u;
