import type { Sentence, Unit } from './analyse.js';
import { gazetteerClass, isEverydayWord } from './gazetteer.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';

/** Words each side of the "&" taken into the name, at most. */
const MAX_SIDE = 3;

/**
 * Names joined by "&" are firms: "Marks & Spencer", "Procter & Gamble", "Black & Decker".
 * The tagger took the second half for a person's surname. classify-run.ts types such a run
 * firmly but only when no word of it reads as a person's name; this weaker rule covers the rest
 * and leaves the tagger's own people ("Obama & Biden") to the overlap resolution. Pairs of
 * places ("Trinidad & Tobago"), names of everyday words only ("Arts & Crafts") and title-case
 * headlines are left alone.
 */
export function ampersandNameSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    if (s.headline) continue;
    for (let i = 1; i < s.units.length - 1; i++) {
      if (s.units[i]!.text !== '&') continue;
      const left = side(s.units, i - 1, -1);
      const right = side(s.units, i + 1, 1);
      if (!left.length || !right.length) continue;
      const first = left[left.length - 1]!;
      const last = right[right.length - 1]!;
      const half = (us: Unit[]) => us.map((u) => u.text).join(' ');
      if (gazetteerClass(half(left.slice().reverse())) === 'location' && gazetteerClass(half(right)) === 'location')
        continue;
      // Title-case everyday words name a category or a title: "Arts & Crafts", "Home & Away".
      if ([...left, ...right].every((u) => isEverydayWord(u.text))) continue;
      // "the recall of Pratt & Whitney engines": a pair naming the make of a thing after it is a
      // firm, however firmly the tagger read two surnames (not "Obama & Biden spoke").
      const made = namesMakeOf(s.units[i + right.length + 1]);
      out.push(makeSpan(first.start, last.end, 'organization', made ? 'head-rule' : 'apposition'));
    }
  }
  return out;
}

/** A lower-case plural right after the name and no verb: "engines", "products", "shares". */
function namesMakeOf(next: Unit | undefined): boolean {
  return (
    next !== undefined &&
    !/\S/.test(next.pre) &&
    /^\p{Ll}{3,}s$/u.test(next.text) &&
    ![...next.tags].some((t) => /Verb|Tense|Copula|Infinitive|Modal|Auxiliary|Gerund|Participle/.test(t))
  );
}

/** The capitalised words next to the "&" going one way, nearest first; none past punctuation. */
function side(units: readonly Unit[], from: number, step: 1 | -1): Unit[] {
  const out: Unit[] = [];
  for (let j = from; j >= 0 && j < units.length && out.length < MAX_SIDE; j += step) {
    const u = units[j]!;
    if (!isCapitalised(u) || /^the$/i.test(u.text)) break;
    // Punctuation before a word going right ends the name too ("Poems (Black Pepper").
    if (step === 1 && out.length > 0 && /\S/.test(u.pre)) break;
    // Punctuation or a possessive between this word and the "&" ends the name ("Smith, Jones & Co").
    if (step === -1 && (/\S/.test(u.post) || u.tags.has('Possessive'))) break;
    out.push(u);
    if (step === 1 && (/\S/.test(u.post) || u.tags.has('Possessive'))) break;
  }
  return out;
}
