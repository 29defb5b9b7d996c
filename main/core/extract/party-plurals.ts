import { insideLongerName, nameAt, replacedBy } from './entity-list.js';
import { isDemonym } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * Parties named as their members: "Social Democrats", "the Free Democrats", "Sweden Democrats",
 * "the Greens". A capitalised word before the plural is part of the name; alone, the plural
 * names the party after "the" ("the Greens, led by …"), not people in general ("Democrats said").
 */
const PARTY =
  /(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}-]+)\s+|(?<=\bthe\s))(Democrats|Republicans|Socialists|Conservatives|Liberals|Greens|Nationalists)(?![\p{L}\p{N}])/gu;
/** Words that stand before a party's plural without naming it. */
const NOT_A_MODIFIER = /^(?:The|And|But|Many|Some|Most|All|Both|Senate|House|Congressional|Fellow|Young|Former|Top)$/;

/** Creeds that name parties in many countries ("Christian Democrats"), though they read as nationality words. */
const NAMING_CREEDS = /^(?:Christian)$/;

export function findPartyPlurals(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(PARTY)) {
    const modifier = m[1] && !NOT_A_MODIFIER.test(m[1]) && (!isDemonym(m[1]) || NAMING_CREEDS.test(m[1])) ? m[1] : null;
    if (m[1] && !modifier && !/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index + m[1].length + 1)))
      continue;
    const start = modifier ? m.index : m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    // A longer name found there is that name ("Christian Democrats Union" is left to it).
    if (insideLongerName(entities, start, end)) continue;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return replacedBy(entities, found);
}
