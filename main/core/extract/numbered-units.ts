import { replacedByMatches } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** The words that end a military formation's name. */
const UNIT_HEADS = 'Division|Brigade|Regiment|Battalion|Corps|Army|Fleet|Squadron|Wing|Flotilla|Detachment';

/**
 * "82nd Airborne Division", "93rd Separate Mechanized Brigade", "58th Combined Arms Army",
 * "6th Fleet", "1st Battalion of the Parachute Regiment": an ordinal, up to four capitalised
 * words and a formation's head word (then "of the" another formation) name one unit.
 */
const UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,4}?[^\S\n]+(?:${UNIT_HEADS})(?![\p{L}\p{N}])` +
    String.raw`(?:[^\S\n]+of[^\S\n]+the(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3}?[^\S\n]+(?:${UNIT_HEADS})(?![\p{L}\p{N}]))?`,
  'gu',
);

/**
 * A numbered formation is one organisation, its number included: war reporting names units so.
 * The tagger keeps the words and drops the ordinal, or passes the unit by after a possessive or
 * a nationality ("Ukraine's 93rd …", "the Russian 58th …"). Names inside the unit's own words
 * give way to it; one that runs past it is left alone.
 */
export function findNumberedUnits(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return replacedByMatches(text, entities, UNIT, 'organization');
}
