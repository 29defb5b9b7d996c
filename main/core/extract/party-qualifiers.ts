import { gazetteerWordFlags, WORD_IS_FIRST_NAME } from './gazetteer.js';
import { grownTo } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** Words a party's name takes in brackets to tell it from its kin: "Janata Dal (United)". */
const QUALIFIERS = new Set(
  (
    'United Unified Secular Marxist Leninist Maoist Socialist Democratic Centre Center Revolutionary Official ' +
    'Provisional Reformed Progressive Popular Liberal Conservative Left Right Radical Moderate'
  ).split(' '),
);
/** A bracket of capitalised words right after a name: " (Unified Marxist-Leninist)". */
const BRACKET = /^ \((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*)\)/u;

/**
 * A body named with a qualifier in brackets is one name with it: "Janata Dal (United)", "the
 * Communist Party of Nepal (Unified Marxist-Leninist)". Not a place or other words in brackets
 * ("KYIV (Reuters)", "the Polish Border Guard (Straż Graniczna)"): only the words parties use.
 */
export function joinPartyQualifiers(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  let skipUntil = -1;
  for (const e of entities) {
    if (e.start < skipUntil) continue;
    // "Janata Dal (United)" read as a person: no one's name takes a party's bracket.
    const m =
      e.type === 'organization' || (e.type === 'person' && !opensWithFirstName(e.text))
        ? BRACKET.exec(text.slice(e.end, e.end + 60))
        : null;
    if (!m || !m[1]!.split(/[ -]/).every((w) => QUALIFIERS.has(w))) {
      out.push(e);
      continue;
    }
    const end = e.end + m[0].length;
    // Whatever was found inside the bracket ("United" as a body) is part of the name now.
    skipUntil = end;
    out.push(grownTo(text, e, e.start, end, 'organization'));
  }
  return out;
}

function opensWithFirstName(name: string): boolean {
  return (gazetteerWordFlags(name.split(' ')[0]!) & WORD_IS_FIRST_NAME) !== 0;
}
