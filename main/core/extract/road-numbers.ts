import { replacedByMatches } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** "Highway 16", "Interstate 95", "Route 66", "Autobahn 7": a road named by its number (not "Route 1 Bridge": a longer name). */
const ROAD =
  /(?<![\p{L}\p{N}])(?:Highway|Interstate|Route|Motorway|Autobahn|Autoroute)\s+\d{1,4}[A-Z]?(?![\p{L}\p{N}])(?!\s+\p{Lu}\p{Ll})/gu;

/**
 * A numbered road is a place, as rivers and passes are: "after Highway 16 east to Edmonton was
 * closed". The tagger reads the word and drops the number, or passes both by. Whatever it found
 * inside the road's name gives way to the whole.
 */
export function findRoadNumbers(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return replacedByMatches(text, entities, ROAD, 'location');
}
