import { grownBack } from './entity-list.js';
import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * One or two initials without full stops before a name, as South Asian English writes them: "V
 * Narayanan", "M K Stalin". Not "A" or "I", which are words.
 */
const BARE_INITIALS_BEFORE = /(?:^|[\s("“])((?:[B-HJ-Z] ){1,2})$/u;
/** Two or three initials with full stops: "K.P. Sharma Oli", "J. R. R. Tolkien". */
const DOTTED_INITIALS_BEFORE = /(?:^|[\s("“])((?:\p{Lu}\. ?){2,3}(?<= ))$/u;

/**
 * Gives a person back the initials the tagger left out ("V" + "Narayanan"), and the name so
 * completed to their other mentions ("Narayanan said"), so the document names one person.
 */
export function joinBareInitials(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const renamed = new Map<string, { key: string; canonical: string }>();
  const out = entities.map((e, i) => {
    const grown =
      e.type !== 'person'
        ? null
        : (grownBack(text, entities, i, BARE_INITIALS_BEFORE, 5) ?? grownBackOverDotted(text, entities, i));
    if (!grown) return e;
    if (e.text === e.canonical) renamed.set(e.key, { key: grown.key, canonical: grown.canonical });
    return grown;
  });
  if (!renamed.size) return out;
  return out.map((e) => {
    const to = e.type === 'person' ? renamed.get(e.key) : undefined;
    return to ? { ...e, ...to } : e;
  });
}

/** The dotted initials before a person, unless they are a known short name ("U.S.", "U.N."). */
function grownBackOverDotted(text: string, entities: readonly ExtractedEntity[], i: number): ExtractedEntity | null {
  const grown = grownBack(text, entities, i, DOTTED_INITIALS_BEFORE, 10);
  const initials = grown ? text.slice(grown.start, entities[i]!.start).trim() : '';
  return grown && gazetteerClass(initials) === null ? grown : null;
}
