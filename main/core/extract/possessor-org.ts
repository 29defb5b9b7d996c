import type { Sentence, Unit } from './analyse.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';
import { INSTITUTION_HEADS } from './word-lists.js';

/** Heads of a state's bodies named after their owner: "Foreign Office", "Security Service". */
const BODY_HEADS = new Set([
  ...INSTITUTION_HEADS,
  'office',
  'service',
  'services',
  'administration',
  // "the Atlantic Council's Digital Forensic Research Lab"
  'lab',
  'laboratory',
  'institute',
  'centre',
  'center',
]);
/** Longest body name taken after a possessive: "Federal Security Service" is three words. */
const MAX_WORDS = 4;

/**
 * "Pakistan's Foreign Office", "Ukraine's Security Service": after a name's possessive, a
 * capitalised phrase ending in a body's head word is that owner's organisation, even when its
 * other words are ones titles use ("Foreign", "Security") and so say nothing alone. The owner
 * stands for the name word that "Customer Service" lacks, so these spans have a source of their own.
 */
export function possessorOrgSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.units.length; i++) {
      const owner = s.units[i] as Unit;
      if (!owner.tags.has('Possessive') || !isCapitalised(owner)) continue;
      const words = capitalisedRun(s.units, i + 1);
      const head = words[words.length - 1];
      if (words.length >= 2 && words.length <= MAX_WORDS && head && BODY_HEADS.has(head.text.toLowerCase()))
        out.push(makeSpan(words[0]!.start, head.end, 'organization', 'possessor'));
    }
  }
  return out;
}

/** The capitalised words from `from` on, up to and including one followed by punctuation. */
function capitalisedRun(units: readonly Unit[], from: number): Unit[] {
  const run: Unit[] = [];
  for (let j = from; j < units.length && run.length <= MAX_WORDS; j++) {
    const u = units[j] as Unit;
    if (!isCapitalised(u)) break;
    run.push(u);
    if (/\S/.test(u.post) || u.tags.has('Possessive')) break;
  }
  return run;
}
