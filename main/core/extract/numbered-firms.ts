import { ORG_NOUNS } from './apposition.js';
import { grownTo, nameAt, replacedByMatches, withFound } from './entity-list.js';
import type { ExtractedEntity } from './types.js';
import { LEGAL_SUFFIXES } from './word-lists.js';

/** A company whose one-word name holds a digit, with its legal suffix: "F5 Inc.", "3M Co.". */
const NUMBERED_FIRM = new RegExp(String.raw`^([\p{L}\p{N}&-]*\p{N}[\p{L}\p{N}&-]*),?\s+(?:${LEGAL_SUFFIXES})\.?$`, 'u');

/**
 * A body numbered inside its name, as Chinese state firms' subsidiaries are: "China Railway No. 10
 * Engineering Group". The words after the number end in a firm's or an institute's head word.
 */
const NUMBER_INSIDE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?!(?:The|A|An)[^\S\n])(?:\p{Lu}[\p{L}&-]*[^\S\n]+){1,4}No\.[^\S\n]?\d{1,3}(?:[^\S\n]+\p{Lu}[\p{L}&-]*){0,3}` +
    String.raw`[^\S\n]+(?:Group|Company|Corporation|Bureau|Institute|Factory|Works)(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * A body named with a word and a number, then said to be a body: "Rescue 1122, the provincial
 * emergency service". Words holding digits are no runs, so the apposition rule never sees these.
 */
const NUMBERED_THEN_NOUN =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+[^\S\n]+\d{2,5}),[^\S\n]+(?:the|a|an|its)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}(\p{Ll}+)(?=[,.;:])/gu;

/** A union's district or local named by its number, after the union's name: " District 751". */
const LOCAL_AFTER = /^[^\S\n]+(?:District|Local|Lodge)[^\S\n]+\d{1,5}(?![\p{L}\p{N}])/u;
const NUMBER_AFTER = /^[^\S\n]+\d{1,5}(?![\p{L}\p{N}])/u;

/**
 * "the International Association of Machinists and Aerospace Workers District 751": a union's
 * local keeps its number, and the local named alone ("president of District 751") is that body.
 */
function withLocalNumbers(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const locals = new Set<string>();
  const grown = entities.map((e) => {
    if (e.type !== 'organization') return e;
    const tail = /\b(?:District|Local|Lodge)$/.test(e.text)
      ? NUMBER_AFTER.exec(text.slice(e.end, e.end + 8))
      : LOCAL_AFTER.exec(text.slice(e.end, e.end + 20));
    if (!tail) return e;
    const g = grownTo(text, e, e.start, e.end + tail[0].length);
    locals.add(/(?:District|Local|Lodge)\s+\d+$/.exec(g.text)![0]);
    return g;
  });
  let out = grown;
  for (const name of locals)
    out = replacedByMatches(
      text,
      out,
      new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu'),
      'organization',
    );
  return out;
}

/** Each body NUMBER_INSIDE or NUMBERED_THEN_NOUN finds is one organisation, whatever was found inside it. */
export function findNumberedBodies(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const named = replacedByMatches(text, withLocalNumbers(text, entities), NUMBER_INSIDE, 'organization');
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(NUMBERED_THEN_NOUN)) {
    if (!ORG_NOUNS.has(m[2]!)) continue;
    if (named.some((e) => e.start < m.index + m[1]!.length && m.index < e.end)) continue;
    found.push(nameAt(text, m.index, m.index + m[1]!.length, 'organization'));
  }
  return withFound(named, found);
}

/**
 * "F5 Inc." … "F5 hired CrowdStrike": a company named with a digit is the company wherever the
 * document uses its name alone. Words holding a digit are no runs of capitals (that would make
 * names of "A4 paper" and "F1"), so the usual short-name step never sees these.
 */
export function findNumberedFirms(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const names = new Set<string>();
  for (const e of entities) {
    const m = e.type === 'organization' ? NUMBERED_FIRM.exec(e.text) : null;
    if (m) names.add(m[1]!);
  }
  let out = entities;
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    out = replacedByMatches(
      text,
      out,
      new RegExp(String.raw`(?<![\p{L}\p{N}-])${escaped}(?![\p{L}\p{N}-])`, 'gu'),
      'organization',
    );
  }
  return out;
}
