import { gazetteerClass } from './gazetteer.js';

/**
 * Names of things that are neither people, bodies nor places, found by the word for their kind:
 * ships ("the tanker Pacific Opal", "the frigate HMS Richmond", "the BRP Sierra Madre"),
 * operations ("an operation code-named Cronos"), storms ("Hurricane Milton"), malicious software ("a
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
const NAME = String.raw`\p{Lu}[\p{L}\d'’.-]*(?:${GAP}\p{Lu}[\p{L}\d'’.-]*){0,4}`;
/** Lower-case only: a capitalised kind is part of a name ("National Iranian Tanker Company"). Not "carrier": also an airline. */
const VESSELS = 'tanker|vessel|ship|freighter|warship|frigate|destroyer|submarine|yacht|trawler|ferry';
const MALWARE = 'malware|backdoor|trojan|wiper|botnet|loader|implant|rootkit|spyware|stealer|infostealer|worm';
/** Storms are named with a first name: "Hurricane Milton", "Typhoon Yagi". */
const STORMS = 'Hurricane|Typhoon|Cyclone|Tropical[^\\S\\n]+Storm|Storm';
/** A navy's or a register's prefix names a ship by itself: "the BRP Sierra Madre", "USS Carney". */
const SHIP_PREFIXES = 'HMS|USS|USNS|HMAS|HMCS|BRP|RFS|MV';
const KIND_THEN_NAME = new RegExp(
  String.raw`\b(?:${VESSELS}|(?:${MALWARE})(?:${GAP}(?:called|named|dubbed|known${GAP}as))?|code[- ]?named|code${GAP}name)${GAP}(${NAME})` +
    String.raw`|\b((?:${SHIP_PREFIXES})${GAP}${NAME})` +
    // "the vessel, Hong Tai 58, was boarded": a name set off by commas, numbers and all.
    String.raw`|\b(?:${VESSELS}),${GAP}(\p{Lu}[\p{L}\d'’.-]*(?:${GAP}[\p{Lu}\d][\p{L}\d'’.-]*){0,4})(?=,)`,
  'gu',
);
/** Products named before their kind: "the Claude chatbot", "Brent crude". */
const PRODUCTS = 'chatbot|crude';
/** Not after a possessive: "Hitzig's crude experiments" are his. */
const NAME_THEN_KIND = new RegExp(String.raw`(${NAME})(?<!['’]s)${GAP}(?:${MALWARE}|${PRODUCTS})\b`, 'gu');
/**
 * Weapons named before their kind: "Gripen fighter jets", "Kalibr missiles", "Leopard tanks".
 * Their makers are named the same way ("Saab fighter jets", "Boeing aircraft"): a name the lists
 * know stays.
 */
const WEAPONS =
  'fighter[^\\S\\n]+jets?|jets|aircraft|drones|missiles|rockets|tanks|helicopters|warplanes|howitzers|interceptors';
const WEAPON_THEN_KIND = new RegExp(String.raw`(${NAME})(?<!['’]s)${GAP}(?:${WEAPONS})\b`, 'gu');

export function thingNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(KIND_THEN_NAME)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  for (const m of text.matchAll(WEAPON_THEN_KIND)) {
    const last = m[1]!.split(/\s+/).pop()!;
    // "Houthi missiles": a group's name as an adjective ("the Houthis") is the group's.
    if ([m[1]!, last, `${last}s`].some((n) => gazetteerClass(n) !== null)) continue;
    const end = m.index + m[1]!.length;
    out.push({ start: end - last.length, end });
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
 * A disease named before its kind: "Marburg virus", "Lassa fever", "the Delta variant". Every
 * mention of that name in the document is the disease ("a vaccine against Marburg").
 */
const DISEASE = new RegExp(String.raw`(${NAME})${GAP}(?:virus|fever|variant)\b`, 'gu');
/** A storm named after its kind: "Hurricane Milton"; then every "Milton" is the storm. */
const STORM = new RegExp(String.raw`\b(?:${STORMS})${GAP}(\p{Lu}\p{Ll}+)(?![\p{L}\d])`, 'gu');

/** The names found so far, without those inside a ship's, a piece of malware's, a disease's or a storm's name. */
export function dropThingNames<E extends { start: number; end: number; text?: string }>(
  text: string,
  entities: E[],
): E[] {
  const things = thingNames(text);
  // Diseases and storms: names that are the thing in every mention.
  const everywhere = new Set<string>();
  for (const m of text.matchAll(DISEASE)) {
    const named = entities.find((e) => e.end === m.index + m[1]!.length && e.start >= m.index);
    if (named?.text) everywhere.add(named.text);
  }
  for (const m of text.matchAll(STORM)) everywhere.add(m[1]!);
  if (!things.length && !everywhere.size) return entities;
  return entities.filter(
    (e) => !things.some((t) => e.start < t.end && t.start < e.end) && !(e.text && everywhere.has(e.text)),
  );
}
