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
