import { isEverydayWord } from './gazetteer.js';
import { grownTo } from './entity-list.js';
import type { ExtractedEntity } from './types.js';
import { ORG_HEADS } from './word-lists.js';

/** A body named for its remit: "Centers for Disease Control", "Office for Democratic Institutions". */
const REMIT = /\s(?:for|of|on)\s+\S/;
/** " and " and one to three capitalised words, then no further capitalised word. */
const AND_TAIL = /^ and ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})(?![ -]?[A-Z\d])/;

/**
 * Gives a body named for its remit the second half of that remit, which the tagger left out:
 * "Centers for Disease Control" + "and Prevention" is one organisation (so is "Ministry of
 * Foreign Affairs and Trade"). Only everyday words count on both sides of "and", never a head
 * word, a place or a name found there: "the World Bank and IMF", "the Council of Europe and
 * Amnesty International" stay two.
 */
export function joinOrgRemit(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const tail = e.type === 'organization' && REMIT.test(e.text) ? AND_TAIL.exec(text.slice(e.end, e.end + 60)) : null;
    const words = tail?.[1]!.split(' ') ?? [];
    const end = e.end + (tail?.[0].length ?? 0);
    const next = entities[i + 1];
    const lastWord = e.text.split(/\s+/).pop()!;
    if (
      !tail ||
      // The remit's first half is everyday words too ("… for Disease Control"), not a place.
      !isEverydayWord(lastWord) ||
      !words.every((w) => isEverydayWord(w) && !ORG_HEADS.has(w.toLowerCase())) ||
      // Anything found in the tail is a name of its own ("… and Amnesty International").
      (next && next.start < end)
    ) {
      out.push(e);
      continue;
    }
    out.push(grownTo(text, e, e.start, end));
  }
  return out;
}

/** A field and its comma before a body named for fields joined by "and": "Meteorology, ". */
const FIELD_BEFORE = /(?:^|[^\p{L}\p{N}'’-]\p{Ll}+ |[.:]\s+|\n)(\p{Lu}\p{Ll}+), $/u;

/**
 * "the Meteorology, Climatology and Geophysics Agency": a body named for fields listed with
 * commas, its head word after the last, is one name; the tagger began it after the first comma.
 * Only everyday words listed, and only before a body whose name opens "Field and Field".
 */
export function joinFieldListBefore(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'organization' || !/^\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ \p{Lu}/u.test(e.text)) return e;
    if (!ORG_HEADS.has(e.text.split(/\s+/).pop()!.toLowerCase())) return e;
    const m = FIELD_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start));
    const field = m?.[1];
    if (!field || !isEverydayWord(field) || ORG_HEADS.has(field.toLowerCase())) return e;
    const start = e.start - field.length - 2;
    const previous = entities[i - 1];
    if (previous && previous.end > start) return e;
    return grownTo(text, e, start, e.end);
  });
}
