import { COMPOUND_ADJECTIVE } from './compound-prefix.js';
import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';
import { ORG_HEADS } from './word-lists.js';

/**
 * Names of things that are neither people, bodies nor places, found by the word for their kind:
 * ships ("the tanker Pacific Opal", "the frigate HMS Richmond", "the BRP Sierra Madre"),
 * operations ("an operation code-named Cronos", "a new mission, Eastern Sentry,"), storms ("Hurricane Milton"), malicious software ("a
 * backdoor called Voldemort", "the ShadowPad backdoor") and chatbots ("the Claude chatbot"). Made of any words at all, they would
 * otherwise be typed by those words (a sea, a town, a surname). Ransomware is left out: its names
 * are also the gangs' ("LockBit").
 */
/**
 * Space within a line: a kind and a name (or a name's words) are never read across a line break
 * ("… deploy SPAWN malware" ending a headline, "Mandiant said …" opening the text below it).
 */
const GAP = String.raw`[^\S\n]+`;
/** Up to five words: unbounded, a long run of capitals (a document in upper case) would cost time quadratic in its length. */
const NAME = String.raw`\p{Lu}[\p{L}\d'’.&-]*(?:${GAP}\p{Lu}[\p{L}\d'’.&-]*){0,4}`;
/** Lower-case only: a capitalised kind is part of a name ("National Iranian Tanker Company"). Not "carrier": also an airline. */
const VESSELS =
  'tanker|vessel|ship|freighter|warship|frigate|destroyer|submarine|yacht|trawler|ferry|' +
  '(?:bulk|cargo|car|ore|LNG|gas)[^\\S\\n]+carrier';
/** Only a ship flies a flag: "the Cook Islands-flagged Eagle S", "the Panama-flagged Galaxy Leader". */
const FLAGGED = String.raw`-flagged`;
const MALWARE = 'malware|backdoor|trojan|wiper|botnet|loader|implant|rootkit|spyware|stealer|infostealer|worm';
/** Storms are named with a first name: "Hurricane Milton", "Typhoon Yagi". */
const STORMS = 'Hurricane|Typhoon|Cyclone|Tropical[^\\S\\n]+Storm|Storm';
/** A navy's or a register's prefix names a ship by itself: "the BRP Sierra Madre", "USS Carney". */
const SHIP_PREFIXES = 'HMS|USS|USNS|HMAS|HMCS|BRP|RFS|MV';
const KIND_THEN_NAME = new RegExp(
  String.raw`(?:\b(?:${VESSELS})|${FLAGGED}|\b(?:${MALWARE})(?:${GAP}(?:called|named|dubbed|known${GAP}as))?|\bcode[- ]?named|\bcode${GAP}name)${GAP}(${NAME})` +
    String.raw`|\b((?:${SHIP_PREFIXES})${GAP}${NAME})` +
    // "the vessel, Hong Tai 58, was boarded": a name set off by commas, numbers and all.
    String.raw`|\b(?:${VESSELS}),${GAP}(\p{Lu}[\p{L}\d'’.-]*(?:${GAP}[\p{Lu}\d][\p{L}\d'’.-]*){0,4})(?=,)`,
  'gu',
);
/**
 * A mission or an operation named in apposition: "a new mission, Eastern Sentry, to …". Not a
 * name the lists know ("the operation, Hamas, …" would be the group).
 */
const MISSION_APPOSED = new RegExp(
  String.raw`\b(?:mission|operation|exercise|deployment)s?,${GAP}(\p{Lu}[\p{L}\d'’.-]*(?:${GAP}\p{Lu}[\p{L}\d'’.-]*){0,3})(?=,)`,
  'gu',
);
/**
 * A mission named before its kind: "during the Polaris Dawn mission". Not a name the lists know
 * ("the African Union mission") nor letters ("the MINUSMA mission": the UN's body).
 */
const MISSION_NAMED = new RegExp(String.raw`\b(?:the|its|their)${GAP}(${NAME})${GAP}mission\b`, 'gu');
/** An app named by what it is called: "The app, called TM SGNL," (not a name the lists know). */
const APP_CALLED = new RegExp(String.raw`\b(?:app|application),?${GAP}(?:called|named|dubbed)${GAP}(${NAME})`, 'gu');
/** Only a ship is sunk or scuttled: "the Houthis sank the Rubymar in March" (not a name the lists know). */
const SUNK = new RegExp(String.raw`\b(?:sank|sunk|scuttled)${GAP}the${GAP}(${NAME})`, 'gu');
/**
 * A ship's name of two words or more, by its kind or its flag: every mention of it is the ship
 * ("the anchor of the Eagle S").
 */
const VESSEL_NAME = new RegExp(String.raw`(?:\b(?:${VESSELS})|${FLAGGED})${GAP}(${NAME}(?:${GAP}\d+)?)`, 'gu');
/**
 * Cables and pipelines named before their kind, a number between: "the Estlink 2 cable", "the
 * Balticconnector gas pipeline"; every mention of the name is the line ("protect Estlink 1").
 * Their owners are named the same way ("Gazprom pipelines"), and places ("the Finland-Estonia
 * cable"): a name the lists know stays.
 */
const LINES = String.raw`(?:(?:gas|oil|power|subsea|undersea|data|fibre|fiber|telecoms?)${GAP})?(?:cables?|pipelines?|interconnectors?)`;
const LINE_THEN_KIND = new RegExp(String.raw`(${NAME})(?<!['’]s)(?:${GAP}\d+)?${GAP}${LINES}\b`, 'gu');
/** The names of cables and pipelines (their last word: no sentence-opening word is taken). */
function lineNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(LINE_THEN_KIND)) {
    const last = m[1]!.split(/\s+/).pop()!;
    if ([m[1]!, last, ...last.split('-')].some((n) => gazetteerClass(n) !== null)) continue;
    // "Baltic power cable", "a Pacific subsea cable": a sea's name as an adjective.
    if (gazetteerClass(`${last} Sea`) !== null || gazetteerClass(`${last} Ocean`) !== null) continue;
    const end = m.index + m[1]!.length;
    out.push({ start: end - last.length, end });
  }
  return out;
}

/**
 * Products named after their maker: "the maker of Wegovy and Ozempic", "makers of Dove, Lynx and
 * Persil", "the maker of the Fedora and Red Hat Enterprise Linux systems", each name perhaps
 * with its kind ("the maker of KitKat chocolate bars and Maggi noodles"; the lower-case words
 * are dropped). Every mention of each is the product.
 */
const MADE_ITEM = String.raw`${NAME}(?:${GAP}(?!and\b)\p{Ll}[\p{Ll}-]*){0,2}`;
const MADE = new RegExp(
  String.raw`\bmakers?${GAP}of${GAP}(?:the${GAP})?(${MADE_ITEM})((?:,${GAP}${MADE_ITEM})*(?:,?${GAP}and${GAP}${MADE_ITEM})?)`,
  'gu',
);
/** The lower-case words after a product's name: its kind ("chocolate bars"), or what follows. */
const LOWER_CASE_TAIL = /(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;
/**
 * A company's own brands listed: "Its brands include Fram, Trico and Raybestos" ("whose brands
 * include …" too). Every mention of
 * each is the brand. Brands owned by no one named are firms ("retail brands such as Zara",
 * org-cue-before.ts).
 */
const BRANDS = new RegExp(
  String.raw`(?:\b[Ii]ts|\b[Tt]heir|\b[Ww]hose|[\p{L}.]['’]s)${GAP}brands${GAP}(?:include|including|such${GAP}as|like)${GAP}(${NAME})((?:,${GAP}${NAME})*(?:,?${GAP}and${GAP}${NAME})?)`,
  'gu',
);
/**
 * Games, shows and films listed by name: "whose games include EA Sports FC, Madden NFL and The
 * Sims", "titles such as Fortnite and Roblox". Only those mentions: a title may share its
 * maker's name ("Roblox").
 */
const TITLES_LISTED = new RegExp(
  String.raw`\b(?:games|titles|franchises|shows|series|films)${GAP}(?:include|including|such${GAP}as|like)${GAP}(${NAME})((?:,${GAP}${NAME})*(?:,?${GAP}and${GAP}${NAME})?)`,
  'gu',
);
/**
 * Products listed by name before the word: "Harmony, VLTrader and LexiCom products" (the first
 * name, then the rest). org-cue-after.ts reads their owner before them as a body.
 */
export const PRODUCTS_NAMED = String.raw`(${NAME})((?:,${GAP}${NAME})*,?${GAP}and${GAP}${NAME})${GAP}products\b`;
/**
 * A company's products listed before the word: "Cleo's Harmony, VLTrader and LexiCom products".
 * Every mention of each is the product.
 */
const PRODUCTS_LISTED = new RegExp(String.raw`(?:\b[Ii]ts|\b[Tt]heir|[\p{L}.]['’]s)${GAP}` + PRODUCTS_NAMED, 'gu');
/**
 * Malware listed after its kind: "loaders including Bumblebee, Qakbot, DanaBot and Smokeloader".
 * Every mention of each is the malware (a known body or place listed there stays).
 */
const MALWARE_LISTED = new RegExp(
  String.raw`\b(?:${MALWARE})s?${GAP}(?:include|including|such${GAP}as|like)${GAP}(${NAME})((?:,${GAP}${NAME})*(?:,?${GAP}and${GAP}${NAME})?)`,
  'gu',
);
/**
 * Malware named and then said to be malware: "Lumma Stealer, malware that …", "Raccoon, an
 * infostealer sold …". Every mention is the malware, and so is the name without a capitalised
 * kind of its own ("Lumma" of "Lumma Stealer"). Not those who run it: "Qilin, a ransomware
 * gang", "Kimsuky, a malware group" are bodies.
 */
const NAME_THEN_MALWARE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\d'’-]*(?:${GAP}\p{Lu}[\p{L}\d'’-]*){0,3}),${GAP}(?:(?:a|an|the)${GAP})?(?:\p{Ll}[\p{Ll}-]*${GAP}){0,2}?(?:${MALWARE})\b(?!${GAP}(?:gang|group|crew|operators?|affiliates?|actors?|developers?)\b)`,
  'gu',
);
/** The kind of malware ending its name: " Stealer" of "Lumma Stealer". */
const CAPITALISED_KIND_AT_END = new RegExp(String.raw`\s+(?:${MALWARE})$`, 'i');

/**
 * A name's words up to a full stop that ends the sentence: NAME runs on over one ("of
 * Dreamliners. Wizz …", "… and Persil. Unilever said").
 */
function beforeSentenceEnd(name: string): string {
  return name.split(/\.(?:\s|$)/)[0]!;
}

/**
 * Laws, treaties, indexes, wildfires and sporting events named with their kind, every word of
 * it: "the Taft-Hartley Act", "the CHIPS and Science Act", "the Paris Agreement", "the Bloomberg
 * Billionaires Index", "the Nasdaq Composite", "the Dow Jones Industrial Average", "the
 * Palisades Fire", "the Paris Olympics", "the Davis Cup". A body the lists know stays ("Cal
 * Fire"), and so does a name that goes on ("North Yorkshire Fire and Rescue Service").
 */
const NAMED_WITH_KIND = new RegExp(
  // No full stop in its words: "in Ohio. The Harlow Protection Act" is two sentences.
  // "and" between its words: "the CHIPS and Science Act".
  String.raw`(\p{Lu}[\p{L}\d'’-]*(?:${GAP}(?:and${GAP})?\p{Lu}[\p{L}\d'’-]*){0,4})${GAP}(?:Act|Index|Composite|Average|Fire|Olympics|Paralympics|Cup|Championships|Agreements?|Accords?|Treaty|Protocol|Conventions?)\b(?![^\S\n]+(?:\p{Lu}|(?:and|&)[^\S\n]+\p{Lu}))`,
  'gu',
);
/**
 * A holiday named by one everyday word, or one that is also a town's: "Victory Day", "his
 * Independence Day speech" (not "Jim White Day").
 */
const HOLIDAY = new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*${GAP})\b(\p{Lu}\p{Ll}+)${GAP}Day\b`, 'gu');
/**
 * A country's regime counted by its order, an era rather than a body or a place: "France's Fifth
 * Republic", "the Third Reich" (not "First Republic Bank", a capitalised word after it).
 */
const ORDINAL_REGIME = new RegExp(
  String.raw`(?:\b[Tt]he|['’]s)${GAP}((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)${GAP}(?:Republic|Reich|Empire))(?![\p{L}\d]|${GAP}\p{Lu})`,
  'gu',
);
/** The Games by their own name, no place or year before it. */
const GAMES_ALONE = /(?<!(?:\p{Lu}[\p{L}'’-]*|\d+)[^\S\n]+)\b(?:Olympics|Paralympics)\b/gu;
/** Products named before their kind: "the Claude chatbot", "Brent crude", "the KOSPI index", "the Firefox browser". */
const PRODUCTS = 'chatbot|crude|index|browser';
/** A prize named before those who won it: "Nobel laureate Muhammad Yunus". */
const LAUREATES = 'laureates?';
/**
 * A virus's strain named after where it was found: "the Zaire strain of Ebola". That mention only:
 * the "Sudan strain" leaves Sudan a country elsewhere in the document.
 */
const STRAINS = 'strains?';
/**
 * A scandal named before the word, all of it: "the Watergate scandal" (an event, as a war is).
 * Not a body the lists know, nor one named by its head word ("the Post Office scandal").
 */
const SCANDAL = new RegExp(String.raw`(${NAME})(?<!['’]s)${GAP}scandal\b`, 'gu');
/** Not after a possessive: "Hitzig's crude experiments" are his. */
const NAME_THEN_KIND = new RegExp(
  String.raw`(${NAME})(?<!['’]s)${GAP}(?:${MALWARE}|${PRODUCTS}|${LAUREATES}|${STRAINS})\b`,
  'gu',
);
/**
 * Weapons named before their kind: "Gripen fighter jets", "Kalibr missiles", "Leopard tanks".
 * Their makers are named the same way ("Saab fighter jets", "Boeing aircraft"): a name the lists
 * know stays.
 */
const WEAPONS =
  'fighter[^\\S\\n]+jets?|jets|aircraft|drones|missiles|rockets|tanks|helicopters|warplanes|howitzers|interceptors';
/**
 * Craft in a fleet, named by their model in the plural: "its fleet of Dreamliners", "a fleet of
 * 40 Airbus A320s" (the model; a maker the lists know stays, as above).
 */
const FLEET_OF = new RegExp(String.raw`\bfleets?${GAP}of${GAP}(?:\d+${GAP})?(${NAME})`, 'gu');
/**
 * Systems, software, spacecraft and rockets named before their kind, perhaps with what they do
 * between: "its MUSE system", "its Horizon accounting system", "Boeing's Starliner capsule", "its
 * own New Glenn rocket" (a known maker stays: "the NHS system").
 */
const SYSTEMS = 'system|software|capsule|spacecraft|lander|rover|rocket';
const WEAPON_THEN_KIND = new RegExp(String.raw`(${NAME})(?<!['’]s)${GAP}(?:${WEAPONS})\b`, 'gu');
const SYSTEM_THEN_KIND = new RegExp(
  String.raw`(${NAME})(?<!['’]s)${GAP}(?:\p{Ll}[\p{Ll}-]*${GAP})?(?:${SYSTEMS})\b`,
  'gu',
);

/**
 * The names of systems (their last word), a known maker or nationality aside: "Horizon" of "its
 * Horizon accounting system".
 */
function systemNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SYSTEM_THEN_KIND)) {
    const last = m[1]!.split(/\s+/).pop()!;
    if ([m[1]!, last].some((n) => gazetteerClass(n) !== null || isDemonym(n))) continue;
    // "a Utah-based software company": where the kind is made, no system's name.
    if (COMPOUND_ADJECTIVE.test(last)) continue;
    const end = m.index + m[1]!.length;
    out.push({ start: end - last.length, end });
  }
  return out;
}

/** Things whose every mention is the thing: cables, pipelines, systems and craft, found once per text. */
function namedEverywhere(text: string): { start: number; end: number }[] {
  return [...lineNames(text), ...systemNames(text)];
}

/**
 * Things named by their kind; `everywhere` are those named the same in every mention
 * (`namedEverywhere`), found once by the caller.
 */
export function thingNames(text: string, everywhere = namedEverywhere(text)): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(TITLES_LISTED)) {
    const from = m.index + m[0].length - m[1]!.length - m[2]!.length;
    for (const n of `${m[1]}${m[2]}`.matchAll(new RegExp(NAME, 'gu')))
      out.push({ start: from + n.index, end: from + n.index + n[0].length });
  }
  for (const m of text.matchAll(KIND_THEN_NAME)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  for (const m of [...text.matchAll(MISSION_APPOSED), ...text.matchAll(SUNK), ...text.matchAll(APP_CALLED)]) {
    if (gazetteerClass(m[1]!) !== null) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(MISSION_NAMED)) {
    if (gazetteerClass(m[1]!) !== null || /^[\p{Lu}\d]+$/u.test(m[1]!) || isDemonym(m[1]!)) continue;
    const end = m.index + m[0].length - ' mission'.length;
    out.push({ start: end - m[1]!.length, end });
  }
  for (const m of text.matchAll(WEAPON_THEN_KIND)) {
    const last = m[1]!.split(/\s+/).pop()!;
    // "Houthi missiles": a group's name as an adjective ("the Houthis") is the group's.
    if ([m[1]!, last, `${last}s`].some((n) => gazetteerClass(n) !== null)) continue;
    const end = m.index + m[1]!.length;
    out.push({ start: end - last.length, end });
  }
  for (const m of text.matchAll(FLEET_OF)) {
    const name = beforeSentenceEnd(m[1]!);
    const last = name.split(/\s+/).pop()!;
    if (!/\p{Ll}s$|\ds$/u.test(last) || gazetteerClass(last) !== null) continue;
    const end = m.index + m[0].length - m[1]!.length + name.length;
    out.push({ start: end - last.length, end });
  }
  out.push(...everywhere);
  for (const m of text.matchAll(HOLIDAY))
    if (isEverydayWord(m[1]!) || gazetteerClass(m[1]!) === 'location')
      out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(ORDINAL_REGIME)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end });
  }
  // "hours before Olympics open": the Games alone are an event too.
  for (const m of text.matchAll(GAMES_ALONE)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NAMED_WITH_KIND)) {
    if (gazetteerClass(m[0]) !== null) continue;
    const article = /^(?:The|A|An|This|That)\s+/.exec(m[1]!)?.[0].length ?? 0;
    // The kind too: "Eaton Fire" was read as a body and a place.
    out.push({ start: m.index + article, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SCANDAL)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
    const head = name.split(/\s+/).pop()!.toLowerCase();
    if (gazetteerClass(name) !== null || isDemonym(name) || ORG_HEADS.has(head)) continue;
    const end = m.index + m[1]!.length;
    out.push({ start: end - name.length, end });
  }
  for (const m of text.matchAll(NAME_THEN_KIND)) {
    const words = m[1]!.split(/\s+/);
    // "the ShadowPad backdoor": only the name's last word, so no sentence-opening word is taken.
    const last = words[words.length - 1]!;
    const end = m.index + m[1]!.length;
    out.push({ start: end - last.length, end });
  }
  return out;
}

/**
 * A disease named before its kind: "Marburg virus", "Lassa fever", "the Delta variant", "Lyme
 * disease", "Duchenne muscular dystrophy". Every mention of that name in the document is the
 * disease ("a vaccine against Marburg").
 */
const DISEASE = new RegExp(
  String.raw`(${NAME})${GAP}(?:virus|fever|variant|disease|syndrome|(?:muscular${GAP})?dystrophy)\b`,
  'gu',
);
/** A storm named after its kind: "Hurricane Milton"; then every "Milton" is the storm. */
const STORM = new RegExp(String.raw`\b(?:${STORMS})${GAP}(\p{Lu}\p{Ll}+)(?![\p{L}\d])`, 'gu');
/** A storm's other name: "The storm, known locally as Tino,". */
const STORM_ALIAS = new RegExp(
  String.raw`\b(?:[Ss]torm|[Tt]yphoon|[Hh]urricane|[Cc]yclone),?${GAP}(?:also${GAP})?known${GAP}(?:locally${GAP})?as${GAP}(\p{Lu}\p{Ll}+)(?![\p{L}\d])`,
  'gu',
);

/**
 * The names found so far, without those inside a ship's, a piece of malware's, a cable's, a
 * disease's or a storm's name. A known name in a compound before the thing's name is kept
 * ("Cook Islands" of "the Cook Islands-flagged Eagle S", which the tagger read as one name).
 */
export function dropThingNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  // "a flaw in Cleo file-transfer software" … "Cleo Communications": a name that opens a body's
  // longer name in the text is the maker, not its system.
  const bodies = entities.filter((e) => e.type === 'organization').map((e) => e.text);
  const sameEverywhere = namedEverywhere(text).filter((n) => {
    const name = text.slice(n.start, n.end);
    return !bodies.some((b) => b.startsWith(`${name} `));
  });
  const things = thingNames(text, sameEverywhere);
  // Diseases and storms: names that are the thing in every mention.
  const everywhere = new Set<string>();
  for (const m of text.matchAll(DISEASE)) {
    // "Parkinson's disease": the name found without its possessive.
    const end = m.index + m[1]!.replace(/['’]s$/, '').length;
    const named = entities.find((e) => e.end === end && e.start >= m.index);
    if (named?.text) everywhere.add(named.text);
  }
  // The storm's name, and with its kind where the tagger took both ("Storm Boris").
  for (const m of text.matchAll(STORM)) everywhere.add(m[1]!).add(m[0]);
  for (const m of text.matchAll(STORM_ALIAS)) if (gazetteerClass(m[1]!) === null) everywhere.add(m[1]!);
  for (const n of sameEverywhere) everywhere.add(text.slice(n.start, n.end));
  for (const m of [
    ...text.matchAll(MADE),
    ...text.matchAll(BRANDS),
    ...text.matchAll(MALWARE_LISTED),
    ...text.matchAll(PRODUCTS_LISTED),
  ])
    for (const name of [m[1]!, ...m[2]!.split(/,|\band\b/)].map((n) =>
      beforeSentenceEnd(n.trim()).replace(LOWER_CASE_TAIL, ''),
    ))
      // "the maker of Google's phones", "Volkswagen's brands such as Audi": a known body or place
      // stays. "M&M's" is found as "M&M".
      if (name && gazetteerClass(name) === null) everywhere.add(name).add(name.replace(/['’]s$/, ''));
  for (const m of text.matchAll(NAME_THEN_MALWARE)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
    // A known body or place stays: "Microsoft, a malware target" is still Microsoft.
    if (gazetteerClass(name) !== null) continue;
    everywhere.add(name);
    const kind = CAPITALISED_KIND_AT_END.exec(name);
    if (kind) everywhere.add(name.slice(0, kind.index));
  }
  for (const m of text.matchAll(VESSEL_NAME)) {
    const name = m[1]!.replace(/\s+\d+$/, '');
    if (/\s/.test(name)) everywhere.add(name);
  }
  if (!things.length && !everywhere.size) return entities;
  const kept: ExtractedEntity[] = [];
  for (const e of entities) {
    if (everywhere.has(e.text)) continue;
    const thing = things.find((t) => e.start < t.end && t.start < e.end);
    if (!thing) kept.push(e);
    else if (e.start < thing.start) {
      const before = knownBefore(text.slice(e.start, thing.start));
      if (before) kept.push({ ...e, ...before, end: e.start + before.text.length });
    }
  }
  return kept;
}

/** "Cook Islands-flagged ": the known name opening a compound adjective, as an entity's fields. */
function knownBefore(words: string): Pick<ExtractedEntity, 'type' | 'text' | 'key' | 'canonical'> | null {
  const m = /^(\p{Lu}.*?)-\p{Ll}+\s+$/u.exec(words);
  const type = m ? gazetteerClass(m[1]!) : null;
  if (!m || (type !== 'location' && type !== 'organization')) return null;
  return { type, text: m[1]!, key: mentionKey(m[1]!), canonical: m[1]! };
}
