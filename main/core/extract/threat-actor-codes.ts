import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/**
 * The designations threat-intelligence vendors give intrusion groups ("APT41", "UNC2452",
 * "FIN7", "TA505", "Storm-0558", "DEV-0537", Unit 42's activity clusters "CL-STA-0969"): each
 * names a group of people, so an organisation. So do numbered units, military or not ("Unit
 * 29155", "Unit 8200", "Unit 42"). Digits are required, so the bare words ("an APT campaign")
 * never match. So are Microsoft's weather names, a word and a family ("Salt Typhoon", "Midnight
 * Blizzard", "Mint Sandstorm", "Jade Sleet", "Octo Tempest"), but not a storm ("Super Typhoon
 * Yagi", "Typhoon Haiyan"). So is any name after "tracks … as" ("Trend Micro, which tracks the
 * group as Earth Estries").
 */
const CODE = new RegExp(
  String.raw`\b(?:APT-?\d{1,3}|UNC\d{2,5}|FIN\d{1,2}|TA\d{3}|(?:Storm|DEV)-\d{3,4}|CL-(?:STA|CRI|UNK)-\d{3,4}|Unit\s\d{2,5})\b` +
    // A weather name: not inside a longer capitalised name, not after an article or a storm's grade, not before a storm's own name.
    String.raw`|(?<!\p{Lu}[\p{L}-]*\s)(?!(?:The|A|An|Super|Tropical|Severe|Great|Winter|Snow)\s)\p{Lu}\p{Ll}+\s(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest)\b(?!\s+\p{Lu})` +
    // Whatever name a vendor tracks a group as: "who track the group as Earth Estries".
    // Not a flaw's number: "the vulnerability, tracked as CVE-2025-61882".
    String.raw`|(?<=\btrack(?:s|ed|ing)?\s+(?:it\s+|them\s+|the\s+(?:group|actor|gang|crew|cluster|campaign|activity)\s+)?as\s+)(?!(?:CVE|CWE|GHSA)-)\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*){0,2}`,
  'gu',
);
/** What may sit beside codes inside one wrongly joined name: "DEV-0537 and UNC2452". */
const ONLY_JOINERS = /^[\s,;/&]*(?:(?:and|or)\b[\s,;/&]*)?$/;

/**
 * Adds each designation as an organisation. A name found around it that holds nothing else but
 * other designations and "and" is replaced by them; a longer real name ("the Lazarus Group, or
 * APT38") is left as it is.
 */
export function addThreatActorCodes(text: string, names: ExtractedEntity[]): ExtractedEntity[] {
  const codes = [...text.matchAll(CODE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!codes.length) return names;
  const dropped = new Set<ExtractedEntity>();
  const added: ExtractedEntity[] = [];
  for (const c of codes) {
    const over = names.filter((n) => n.start < c.end && n.end > c.start);
    if (over.some((n) => !onlyCodes(text, n, codes))) continue;
    for (const n of over) dropped.add(n);
    const name = text.slice(c.start, c.end);
    added.push({
      type: 'organization',
      text: name,
      start: c.start,
      end: c.end,
      key: mentionKey(name),
      canonical: name,
    });
  }
  return [...names.filter((n) => !dropped.has(n)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

function onlyCodes(text: string, n: ExtractedEntity, codes: { start: number; end: number }[]): boolean {
  let rest = '';
  let at = n.start;
  for (const c of codes) {
    if (c.end <= n.start || c.start >= n.end) continue;
    // A piece of the designation ("Unit" of "Unit 42") gives way to the whole.
    if (c.start <= n.start && c.end >= n.end) return true;
    if (c.start < n.start || c.end > n.end) return false;
    rest += text.slice(at, c.start);
    at = c.end;
  }
  rest += text.slice(at, n.end);
  return ONLY_JOINERS.test(rest);
}
