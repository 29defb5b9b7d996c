import { nameAt, withFound } from './entity-list.js';
import { isEverydayWord } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * Three-letter acronyms with a small letter inside: parties and agencies ("AfD", "PiS", "TfL",
 * "BfV", "DfE"); longer ones are as often a product's name ("TraX").
 * Not the few that are no body ("PhD", "MoU", "MiG").
 */
const MIXED_ACRONYM = /(?<![\p{L}\p{N}#@-])[A-Z][a-z][A-Z](?![\p{L}\p{N}-])/gu;
const NOT_A_BODY = new Set(['PhD', 'MoU', 'MiG', 'DoS', 'IoT', 'McD', 'LoC']);
/** One or two letters and a number before the word for a group: "M23 rebels", "the G7 leaders", "the D66 party". */
const CODE_GROUP =
  /(?<![\p{L}\p{N}-])([A-Z]{1,2}\d{1,3})\s+(?:rebels?|group|movement|militia|fighters|summit|leaders|countries|nations|members|ministers|alliance|party)\b/gu;

/**
 * Bodies named by a short code the tagger does not read as a name, in every mention: a
 * mixed-case acronym, or a letter and a number once the text calls it a group.
 */
export function findShortCodes(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const codes = new Set<string>();
  // Not a hashtag, nor an everyday word in playful capitals.
  for (const m of text.matchAll(MIXED_ACRONYM)) if (!NOT_A_BODY.has(m[0]) && !isEverydayWord(m[0])) codes.add(m[0]);
  for (const m of text.matchAll(CODE_GROUP)) codes.add(m[1]!);
  if (!codes.size) return entities;
  const found: ExtractedEntity[] = [];
  const every = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...codes].join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (const m of text.matchAll(every)) {
    const start = m.index;
    const end = start + m[0].length;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    found.push(nameAt(text, start, end, 'organization'));
  }
  return withFound(entities, found);
}
