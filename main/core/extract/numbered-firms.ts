import { replacedByMatches } from './entity-list.js';
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

/** Each body NUMBER_INSIDE finds is one organisation, whatever was found inside it. */
export function findNumberedBodies(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return replacedByMatches(text, entities, NUMBER_INSIDE, 'organization');
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
