import type { Sentence, Unit } from './analyse.js';
import { ORG_NOUNS, singularOf } from './apposition.js';
import { gazetteerClass } from './gazetteer.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';

/** Words that open a list of examples after a plural noun. */
const EXAMPLES = /^(?:such as|including|like)$/;
/** Names in one list, at most: a long run of capitals is no list of examples. */
const MAX_NAMES = 8;

/**
 * Names listed as examples of a kind of body are bodies: "cloud providers such as Amazon,
 * Alphabet and Meta Platforms", "lenders including Barclays and HSBC". The tagger misses names
 * of everyday words ("Alphabet") listed so. Each name is the capitalised words between the
 * commas and the "and"; a known place or a name of one word with no capital inside is left to
 * the other rules when it is a place ("companies such as those in Texas").
 */
export function listedMemberSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    if (s.headline) continue;
    const us = s.units;
    for (let i = 1; i < us.length - 2; i++) {
      const kind = singularOf(us[i]!.text);
      if (!kind || !ORG_NOUNS.has(kind) || !/^\p{Ll}/u.test(us[i]!.text)) continue;
      const opener = us[i + 1]!.text === 'such' && us[i + 2]!.text === 'as' ? 2 : 1;
      const words = opener === 2 ? 'such as' : us[i + 1]!.text;
      if (!EXAMPLES.test(words)) continue;
      out.push(...namesListedFrom(us, i + 1 + opener));
    }
    for (let i = 1; i < us.length - 2; i++) if (amongThem(us, i)) out.push(...namesListedFrom(us, i + 2));
  }
  return out;
}

/** How far back "among them" may look for the bodies it counts. */
const AMONG_REACH = 10;

/**
 * "about 165 organisations were affected, among them Ticketmaster, Santander, …": "among them"
 * at `i`, after a comma, in a clause that counted bodies of a kind.
 */
function amongThem(us: readonly Unit[], i: number): boolean {
  if (us[i]!.text !== 'among' || us[i + 1]!.text !== 'them' || !us[i - 1]!.post.includes(',')) return false;
  return us.slice(Math.max(0, i - AMONG_REACH), i).some((u) => {
    const kind = singularOf(u.text);
    return !!kind && ORG_NOUNS.has(kind) && /^\p{Ll}/u.test(u.text);
  });
}

/** The names of a list starting at `from`: capitalised words, split at commas and "and"/"or". */
function namesListedFrom(us: readonly Unit[], from: number): Span[] {
  const names: Unit[][] = [];
  let current: Unit[] = [];
  for (let j = from; j < us.length && names.length < MAX_NAMES; j++) {
    const u = us[j]!;
    if (/^(?:and|or)$/.test(u.text) && current.length) {
      names.push(current);
      current = [];
      continue;
    }
    // "Barrio 18": a number after a name's word is part of it.
    if (!isCapitalised(u) && !(current.length && /^\d+$/.test(u.text))) break;
    current.push(u);
    // A comma ends a name; anything else after it ends the list.
    if (u.post.includes(',')) {
      names.push(current);
      current = [];
    } else if (/\S/.test(u.post)) break;
  }
  if (current.length) names.push(current);
  if (names.length < 2) return [];
  return names
    .filter((n) => gazetteerClass(n.map((u) => u.text).join(' ')) !== 'location')
    .map((n) => makeSpan(n[0]!.start, n[n.length - 1]!.end, 'organization', 'apposition'));
}
