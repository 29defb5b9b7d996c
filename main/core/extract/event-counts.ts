import type { EventCountKind } from '../../../lib/vocabulary/event-types.js';
import { NUMBER_WORDS } from './number-words.js';

const NUMBER = `(\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})`;
const KIND_OF: [RegExp, EventCountKind][] = [
  [/^(?:kill|dead|died|death|murder)/i, 'killed'],
  [/^(?:injur|wound|hurt)/i, 'injured'],
  [/^(?:arrest|detain)/i, 'arrested'],
  [/^missing/i, 'missing'],
  [/^displac/i, 'displaced'],
  [/^(?:taken hostage|kidnap|abduct)/i, 'hostages'],
];
const OUTCOME =
  '(killed|killing|dead|died|deaths?|injured|injuring|wounded|wounding|hurt|arrested|detained|missing|displaced|taken hostage|kidnapped|abducted)';
/** "five people were killed", "3 soldiers dead", "the deaths of two". */
const NUMBER_FIRST = new RegExp(
  `\\b(?:at least |some |about |nearly |almost |more than |over )?${NUMBER}\\s+(?:[\\w-]+\\s+){0,4}?(?:were\\s+|was\\s+|have been\\s+|had been\\s+|are\\s+)?${OUTCOME}\\b`,
  'gi',
);
/** "killing five Chinese nationals …, along with three …", "injured 12". */
const OUTCOME_FIRST = new RegExp(
  `\\b${OUTCOME}\\s+(?:at least |some |about |nearly |almost |more than |over )?${NUMBER}\\b((?:[^.;]{0,80}?\\balong with\\s+${NUMBER}\\b)?)`,
  'gi',
);

const valueOf = (w: string): number => NUMBER_WORDS[w.toLowerCase()] ?? Number(w.replace(/,/g, ''));

/**
 * Counts a sentence gives for its event ("killed: 5", "injured: 3"): numbers are properties of
 * the event they count, not entities of their own.
 */
export function eventCounts(sentence: string): Partial<Record<EventCountKind, number>> {
  const out: Partial<Record<EventCountKind, number>> = {};
  const add = (word: string, n: number): void => {
    const kind = KIND_OF.find(([re]) => re.test(word))?.[1];
    if (!kind || !Number.isFinite(n) || n <= 0 || out[kind] !== undefined) return;
    out[kind] = n;
  };
  for (const m of sentence.matchAll(OUTCOME_FIRST)) {
    const more = m[4] ? valueOf(m[4]) : 0;
    add(m[1] as string, valueOf(m[2] as string) + more);
  }
  for (const m of sentence.matchAll(NUMBER_FIRST)) add(m[2] as string, valueOf(m[1] as string));
  return out;
}
