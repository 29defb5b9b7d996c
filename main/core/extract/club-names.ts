import { countryCode } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** Words a match report uses; two different ones make a text one about sport. */
const SPORT_WORDS =
  /\b(?:scored|goals?|halftime|half-time|penalty|league|striker|goalkeeper|midfielder|defender|stoppage time|extra time|championship|semifinal|semi-final|quarterfinal|kickoff|kick-off)\b/gi;
/** What follows a club's name: its staff, players and fans, or the side it plays. */
const TEAM_AFTER =
  /^(?:['’]s?)?\s+(?:coach|manager|goalkeeper|keeper|striker|forward|defender|midfielder|captain|fans|supporters|squad)\b|^,\s+who\s+(?:host|hosts|play|plays|face|faces|visit|visits|beat|lost|drew|won)\b/;
/** What comes before a club's name in a result or a fixture. */
const TEAM_BEFORE =
  /\b(?:beat|beats|defeated|defeat to|loss to|lost to|draw with|drew with|host|hosts|hosted|against|visit|visits)\s+$/;

/**
 * In a text about sport, a club named after its city ("Liverpool", "Barcelona", "Atlético") is
 * an organisation where the text treats it as a team: "Barcelona, who host Sevilla", "a defeat
 * to Liverpool", "Atlético coach Diego Simeone" — then in every mention. A country stays a
 * place: its national side is named after it.
 */
export function retypeClubs(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const sportWords = new Set((text.match(SPORT_WORDS) ?? []).map((w) => w.toLowerCase()));
  if (sportWords.size < 2) return entities;
  const clubs = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'location' || countryCode(e.text)) continue;
    const before = text.slice(Math.max(0, e.start - 20), e.start);
    const after = text.slice(e.end, e.end + 30);
    if (TEAM_AFTER.test(after) || TEAM_BEFORE.test(before)) clubs.add(e.key);
  }
  for (const e of entities) if (e.type === 'location' && clubs.has(e.key)) e.type = 'organization';
  return entities;
}
