import { nameAt, replacedBy } from './entity-list.js';
import { countryCode } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** Words a match report uses; two different ones make a text one about sport. */
const SPORT_WORDS =
  /\b(?:scored|scoring|goals?|equali[sz](?:ed|er|ing)|hat-trick|halftime|half-time|penalty|league|striker|goalkeeper|midfielder|defender|stoppage time|extra time|championship|semifinal|semi-final|quarterfinal|kickoff|kick-off|relegation|relegated)\b/gi;
/**
 * What follows a club's name: its staff, players and fans, the side it plays, or its place in the
 * table ("Liverpool dropped to second", "Manchester City, without the injured Rodri, face …").
 */
const TEAM_AFTER =
  /^(?:['’]s?)?\s+(?:coach|manager|goalkeeper|keeper|striker|forward|defender|midfielder|captain|fans|supporters|squad)\b|^,\s+who\s+(?:host|hosts|play|plays|face|faces|visit|visits|beat|lost|drew|won)\b|^(?:,[^,.]{1,40},)?\s+(?:face|faces|visit|visits|beat|drew|(?:dropped|moved|climbed|slipped)\s+(?:back\s+)?(?:to|up|down|into|out|off))\b/;
/** What comes before a club's name in a result or a fixture. */
const TEAM_BEFORE =
  /\b(?:beat|beats|defeated|defeat to|loss to|lost to|draw with|drew with|win over|victory over|host|hosts|hosted|against|visit|visits|face|faces|facing)\s+$/;

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
    const after = text.slice(e.end, e.end + 60);
    if (TEAM_AFTER.test(after) || TEAM_BEFORE.test(before)) clubs.add(e.key);
  }
  for (const e of entities) if (e.type === 'location' && clubs.has(e.key)) e.type = 'organization';
  return entities;
}

/** The letters that open a sports club's name, in the languages of Europe's leagues. */
const CLUB_PREFIX = /(?<![\p{L}\p{N}.])(?:FC|AC|AS|SS|SSC|SC|SV|CF|CD|RC|RCD|VfB|VfL|TSG|RB|OGC|AFC) $/u;
/** …and those that close it. */
const CLUB_SUFFIX = /^ (?:FC|AFC|CF)(?![\p{L}\p{N}])/u;

/**
 * A club named with its letters is one organisation, whatever its other word is: "AS Monaco",
 * "FC Barcelona", "SS Lazio", "Leeds United FC" (a town, a team, a surname alone). Not in text
 * written in capitals, where "AS" is a word.
 */
export function findClubNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  // Letters before or inside a name the tagger read as a person's may be initials ("AS
  // Byatt"): only in a text about sport are they a club's.
  const sport = new Set((text.match(SPORT_WORDS) ?? []).map((w) => w.toLowerCase())).size >= 2;
  for (const e of entities) {
    if (!/\p{Ll}/u.test(e.text)) continue;
    if (CLUB_PREFIX.test(/^\S+ /u.exec(e.text)?.[0] ?? '')) {
      if (e.type !== 'organization' && sport) found.push({ ...e, type: 'organization' });
      continue;
    }
    const prefix = CLUB_PREFIX.exec(text.slice(Math.max(0, e.start - 5), e.start));
    const suffix = CLUB_SUFFIX.exec(text.slice(e.end, e.end + 5));
    if ((!prefix && !suffix) || (e.type === 'person' && !sport)) continue;
    const start = prefix ? e.start - prefix[0].length : e.start;
    const end = suffix ? e.end + suffix[0].length : e.end;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return replacedBy(entities, found);
}
