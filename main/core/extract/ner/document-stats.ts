import { isAllLower, isCapitalised } from './word-shape.js';

/**
 * Document features: whether a word also appears capitalised (not at a sentence start) or
 * lower-case elsewhere in the same document. A sentence-initial "Rahmon" seen capitalised
 * mid-sentence elsewhere is a name; a capitalised "Strikes" seen lower-case elsewhere is not.
 */
export class DocumentStats {
  private readonly capitalised = new Map<string, number>();
  private readonly lower = new Map<string, number>();

  addSentence(words: readonly string[], uninformative: boolean): void {
    if (uninformative) return; // an all-caps or title-case headline says nothing about how a word is written
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (i > 0 && isCapitalised(w)) bump(this.capitalised, w.toLowerCase());
      else if (isAllLower(w)) bump(this.lower, w);
    }
  }

  /** Capitalised mid-sentence somewhere other than at (this occurrence). */
  capitalisedElsewhere(lower: string, selfCounted: boolean): boolean {
    return (this.capitalised.get(lower) ?? 0) > (selfCounted ? 1 : 0);
  }

  lowerElsewhere(lower: string, selfCounted: boolean): boolean {
    return (this.lower.get(lower) ?? 0) > (selfCounted ? 1 : 0);
  }
}

/** Connectors kept inside a capitalised phrase when a capitalised word follows ("Bank of England"). */
const RUN_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'the',
  'al',
  'el',
  'du',
  'des',
  'la',
  'von',
  'van',
  'bin',
]);

interface Run {
  start: number;
  end: number;
}

/** For each capitalised word, the maximal capitalised phrase around it (connectors allowed inside). */
export function capitalisedRuns(words: readonly string[], lower: readonly string[]): Array<Run | undefined> {
  const n = words.length;
  const out: Array<Run | undefined> = new Array(n);
  const cap = (i: number) => i < n && isCapitalised(words[i]!);
  for (let i = 0; i < n;) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (cap(j)) j++;
      else if (j + 1 < n && RUN_CONNECTORS.has(lower[j]!) && cap(j + 1)) j += 2;
      else if (j + 2 < n && lower[j] === 'of' && lower[j + 1] === 'the' && cap(j + 2)) j += 3;
      else break;
    }
    const run = { start: i, end: j };
    for (let k = i; k < j; k++) out[k] = run;
    i = j;
  }
  return out;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * A title-case headline ("Drone Strikes Cause Bilateral Crisis"): most longer words capitalised
 * and no end mark (or every longer word capitalised). Capitals there do not mark names.
 */
export function isTitleCaseSentence(words: readonly string[]): boolean {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (!/^\p{L}{4,}/u.test(w)) continue;
    long++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  if (long < 2 || caps / long < 0.7) return false;
  const last = words[words.length - 1] ?? '';
  return caps === long || !/^[.!?]+$/.test(last);
}

/** An all-caps sentence (a headline, a shouted tweet): most of its words have no lower-case letter. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    letters++;
    if (w === w.toUpperCase()) caps++;
  }
  return letters >= 3 && caps / letters >= 0.8;
}
