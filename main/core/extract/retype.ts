import { nameAt, withFound } from './entity-list.js';
import { datelineHead } from './event-sentences.js';
import { gazetteerClass, isEverydayWord } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** News outlets and agencies analysts meet in regional reporting: organisations, never people or places. */
const OUTLETS = new Set([
  'reuters',
  'associated press',
  'ap',
  'afp',
  'agence france-presse',
  'tass',
  'ria novosti',
  'interfax',
  'xinhua',
  'al jazeera',
  'bbc',
  'cnn',
  'radio ozodi',
  'radio free europe',
  'rfe/rl',
  'radio liberty',
  'azattyk',
  'orda',
  'orda.kz',
  'asia-plus',
  'akipress',
  'kun.uz',
  'tengrinews',
  'times tengri',
  'eurasianet',
  'trt world',
  'anadolu',
  'anadolu agency',
  'sputnik',
  'kabar',
  '24.kg',
  'tolo news',
  'tolonews',
  'pajhwok',
  'khaama press',
  'dawn',
  'pakistan today',
  'the diplomat',
  'kyodo',
  'yonhap',
  'efe',
  'dpa',
  'khovar',
]);
/** Heads that make a name an outlet: "Radio Ozodi", "Steppe Herald", "Caspian Daily". */
const OUTLET_SHAPE =
  /^(?:Radio|Channel) [A-Z]|\b(?:News|Times|Post|Today|Daily|Herald|Tribune|Gazette|Agency|Press|Telegraph|Journal|Chronicle|Media|TV|Television)$/;
/** Armed groups known by acronym: organisations, never places. */
const ARMED_GROUP_ACRONYMS =
  /^(?:ISKP|ISIS-K|IS-K|ISIS|ISIL|IS|TTP|IMU|ETIM|TIP|AQIS|AQAP|HTS|BLA|LeT|JeM|JuD|IJU|PKK|YPG|HTI)$/;
/** "Passport Office", "Office of the President", "Office Khorog": an office is an organisation. */
const OFFICE = /(?:^|\s)Office(?:\s|$)/;

/**
 * One word with a capital inside it after small letters ("KazMunayGas", "CrowdStrike") is a
 * company's spelling; the name prefixes that do the same ("McCain", "MacArthur", "DeSantis",
 * "LaToya", "VanDyke") are people's.
 */
const CAMEL_CASE_FIRM = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;

/**
 * States that no longer exist, named in background paragraphs ("a country of the former Soviet
 * Union"); their head words ("Union", "Empire") read as a body's. Kept here, not in the gazetteer,
 * whose digest the tagger's model records (a new entry there means training the tagger again).
 */
const FORMER_STATES = new Set([
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  'Ottoman Empire',
  'Austria-Hungary',
  'Russian Empire',
  'British Empire',
]);

/** A known place and a trade only a firm is named for: "United States Steel", "Florida Power". */
const PLACE_FIRM =
  /^(.+)\s+(?:Steel|Energy|Power|Oil|Gas|Petroleum|Mining|Airlines|Airways|Motors|Telecom|Holdings|Industries)$/;

function isPlaceFirm(name: string): boolean {
  const place = PLACE_FIRM.exec(name)?.[1];
  return place !== undefined && gazetteerClass(place) === 'location';
}

/** A quarter of a known place: "West Midlands", "Northern Bahr el Ghazal" (the place alone is in the gazetteer). */
const QUARTER = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\s+(.+)$/;

function isQuarterOfPlace(name: string): boolean {
  const place = QUARTER.exec(name)?.[1];
  return place !== undefined && gazetteerClass(place) === 'location';
}

/** Corrects the types of names whose shape says what they are, whatever the tagger guessed. */
export function retypeByShape(entities: ExtractedEntity[]): ExtractedEntity[] {
  for (const e of entities) {
    const name = e.canonical || e.text;
    if (e.type !== 'location' && (isQuarterOfPlace(name) || FORMER_STATES.has(name))) e.type = 'location';
    if (e.type === 'location' && isPlaceFirm(name)) e.type = 'organization';
    if (e.type !== 'person' && e.type !== 'location') continue;
    const isOrg =
      OUTLETS.has(name.toLowerCase()) ||
      ARMED_GROUP_ACRONYMS.test(e.text) ||
      OFFICE.test(name) ||
      (e.type === 'person' && (OUTLET_SHAPE.test(name) || CAMEL_CASE_FIRM.test(e.text)));
    if (isOrg) e.type = 'organization';
  }
  return entities;
}

const OUTLET_RE = new RegExp(
  `(?<![\\w.])(?:${[...OUTLETS]
    .filter((o) => o.length > 3)
    .map((o) => o.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')})(?![\\w])`,
  'gi',
);

/** Outlets the tagger missed ("Radio Ozodi reported …"), written with a capital as names are. */
export function findOutlets(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(OUTLET_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!/^[A-Z0-9]/.test(m[0]) || entities.some((e) => e.start < end && start < e.end)) continue;
    found.push({ type: 'organization', text: m[0], start, end, key: m[0].toLowerCase(), canonical: m[0] });
  }
  return withFound(entities, found);
}

/**
 * Two or three capitalised parts, the last perhaps a capital or two alone after a first part of
 * four letters or more ("SpaceX", "OpenAI"; not "TraX"),
 * not a hashtag's or a handle's ("#FindTheNearestExit").
 */
const CAMEL_CASE_WORD =
  /(?<![\p{L}\d.@#/_"'-])(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}{2,}(?:(?:\p{Lu}\p{Ll}+){1,2}|(?<=\p{Lu}\p{Ll}{3,})(?:\p{Lu}\p{Ll}+)?\p{Lu}{1,2})(?![\p{L}\d@_-]|\.\p{L})/gu;

/** A company's name that opens with a number, then small letters and a capital: "23andMe". */
const NUMBER_LED_NAME = /(?<![\p{L}\d.@#/_-])\d+\p{Ll}{3,}\p{Lu}\p{Ll}+(?![\p{L}\d@_-])/gu;

/**
 * Company names spelled with a capital inside one word that the tagger missed ("TikTok",
 * "TankerTrackers", "23andMe"): organisations, like the ones it typed (CAMEL_CASE_FIRM).
 */
export function findCamelCaseFirms(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of [...text.matchAll(CAMEL_CASE_WORD), ...text.matchAll(NUMBER_LED_NAME)]) {
    const start = m.index;
    const end = start + m[0].length;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    const key = m[0].toLowerCase();
    found.push({ type: 'organization', text: m[0], start, end, key, canonical: m[0] });
  }
  return withFound(entities, found);
}

/**
 * A name in capitals that opens a paragraph as a news dateline ("KHOROG, 14 March 2025 –",
 * "DUSHANBE, Dec 1 (Reuters) –") is where the story was filed: a place, whatever the tagger
 * made of a capitalised word it had not seen. The same name elsewhere in the document that the
 * tagger took for a person ("Dockworkers halt Velmora port") is that place too.
 */
export function retypeDatelinePlaces(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  entities = withFound(entities, missedDatelinePlaces(text, entities));
  const places = new Set<string>();
  for (const e of entities) {
    if (e.type === 'location' || !/^[A-Z][A-Z .'’-]+$/.test(e.text)) continue;
    const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
    if (text.slice(lineStart, e.start).trim()) continue;
    const lineEnd = text.indexOf('\n', e.start);
    // The same test the event pass makes.
    if (!datelineHead(text.slice(e.start, lineEnd < 0 ? undefined : lineEnd))) continue;
    e.type = 'location';
    places.add(e.key);
  }
  return placesEverywhere(entities, places);
}

/** A paragraph's opening name in capitals, before the comma of a dateline ("ODESA, Ukraine, March 4 (Reuters) -"). */
const DATELINE_PLACE = /^[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*(?=,\s)/gm;

/**
 * Dateline places the tagger proposed nothing for (a spelling it had not seen: "ODESA"), and the
 * state abbreviated after one ("WILMINGTON, Del.,").
 */
function missedDatelinePlaces(text: string, entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  const free = (start: number, end: number) => !entities.some((e) => e.start < end && start < e.end);
  for (const m of text.matchAll(DATELINE_PLACE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "UPDATE, 3 March –" is a label: a word of the language that no gazetteer lists as a place,
    // unless the place it is in follows ("READING, England, March 4 (Reuters) –").
    const word = m[0][0] + m[0].slice(1).toLowerCase();
    const within = /^,\s*([A-Z][\p{L}. ]+?),/u.exec(text.slice(end, end + 40))?.[1] ?? '';
    if (isEverydayWord(word) && gazetteerClass(word) !== 'location' && gazetteerClass(within) !== 'location') continue;
    const lineEnd = text.indexOf('\n', start);
    if (!datelineHead(text.slice(start, lineEnd < 0 ? undefined : lineEnd))) continue;
    if (free(start, end))
      found.push({ type: 'location', text: m[0], start, end, key: m[0].toLowerCase(), canonical: m[0] });
    // "WILMINGTON, Del., June 11", "SANTA FE, N.M., July 12": the state's abbreviation after the
    // town is a place too.
    const at = text.indexOf(within, end);
    if (/^(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.$/.test(within) && free(at, at + within.length))
      found.push({
        type: 'location',
        text: within,
        start: at,
        end: at + within.length,
        key: within.toLowerCase(),
        canonical: within,
      });
  }
  return found;
}

/** "the port of Santos", "the province of Ituri": the word before "of" says the name is a place. */
const PLACE_OF =
  /\b(?:port|city|town|village|district|province|region|capital|island|state|county|municipality|oblast|governorate)\s+of\s+$/i;

/** ", Virginia-based": a comma after a town, then the state it is in as a compound's first part. */
const STATE_BASED = /,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-based\b/gu;
/** A town's one word after an article where the tagger found no name: "the Davenport". */
const TOWN_AFTER_ARTICLE = /\b(?:the|a|an)\s(\p{Lu}\p{Ll}+)$/u;

/**
 * A name right after "the port of", "the city of" and the like is that place, whatever the tagger
 * guessed ("Santos", a surname too). So is a town before its state's "-based", and the state too,
 * known or not ("McLean, Virginia-based Mars": Virginia is also a given name, so the lists leave
 * it out); and a town the tagger passed over, after an article and before a known state ("the
 * Davenport, Iowa-based company"; "Meanwhile, Texas-based …" has none). Other mentions the tagger
 * took for a person follow it.
 */
export function retypePlaceOfNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const places = new Set<string>();
  const named = (e: ExtractedEntity) => e.type === 'person' || e.type === 'organization' || e.type === 'location';
  const toPlace = (e: ExtractedEntity) => {
    if (e.type === 'location') return;
    e.type = 'location';
    places.add(e.key);
  };
  for (const e of entities)
    if (e.type !== 'location' && named(e) && PLACE_OF.test(text.slice(Math.max(0, e.start - 24), e.start))) toPlace(e);
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(STATE_BASED)) {
    const state = m[1]!;
    const stateClass = gazetteerClass(state);
    if (stateClass !== 'location' && stateClass !== null) continue;
    const town = entities.find((e) => e.end === m.index && named(e));
    if (town) toPlace(town);
    else {
      const word =
        stateClass === 'location' ? TOWN_AFTER_ARTICLE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
      const townStart = m.index - (word?.[1]!.length ?? 0);
      if (!word || entities.some((e) => e.start < m.index && townStart < e.end)) continue;
      found.push(nameAt(text, townStart, m.index, 'location'));
    }
    const start = m.index + m[0].indexOf(state, 1);
    if (!entities.some((e) => e.start === start)) found.push(nameAt(text, start, start + state.length, 'location'));
  }
  return withFound(placesEverywhere(entities, places), found);
}

/** Every other mention of a name found to be a place that the tagger took for a person is that place too. */
function placesEverywhere(entities: ExtractedEntity[], places: ReadonlySet<string>): ExtractedEntity[] {
  for (const e of entities) if (e.type === 'person' && places.has(e.key)) e.type = 'location';
  return entities;
}
