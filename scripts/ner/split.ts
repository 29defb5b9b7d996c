import type { NerDocument } from './corpus-types.js';
import { seededRandom, shuffle } from './seeded-random.js';

/**
 * A seeded dev split: the same fraction of documents from every set, so the dev score weighs
 * news, Wikipedia, web text and tweets the way training does. Whole documents go one way,
 * so document features never see the other side.
 */
export function splitDev(
  docs: readonly NerDocument[],
  devFraction: number,
  seed: number,
): { train: NerDocument[]; dev: NerDocument[] } {
  const bySet = new Map<string, NerDocument[]>();
  for (const d of docs) bySet.set(d.set, [...(bySet.get(d.set) ?? []), d]);
  const random = seededRandom(seed);
  const train: NerDocument[] = [];
  const dev: NerDocument[] = [];
  for (const set of [...bySet.keys()].sort()) {
    const shuffled = shuffle([...bySet.get(set)!], random);
    const cut = Math.round(shuffled.length * devFraction);
    dev.push(...shuffled.slice(0, cut));
    train.push(...shuffled.slice(cut));
  }
  return { train, dev };
}

/** Upper-cased copies of a fraction of training sentences, each its own document: headlines. */
export function upperCaseCopies(docs: readonly NerDocument[], fraction: number, seed: number): NerDocument[] {
  const random = seededRandom(seed ^ 0x5eed);
  const out: NerDocument[] = [];
  for (const d of docs) {
    d.sentences.forEach((s, i) => {
      if (random() < fraction) {
        out.push({
          set: d.set,
          id: `${d.id}#upper${i}`,
          sentences: [{ tokens: s.tokens.map((t) => t.toUpperCase()), tags: s.tags }],
        });
      }
    });
  }
  return out;
}

const SMALL_WORDS = new Set('a an the and or but nor of in on at to for by with from as vs via'.split(' '));

/** "Drone strikes hit the border ." → "Drone Strikes Hit the Border": how news headlines are written. */
export function titleCase(tokens: readonly string[]): string[] {
  const out = tokens.map((t, i) => {
    if (i > 0 && SMALL_WORDS.has(t.toLowerCase())) return t;
    if (!/^\p{Ll}/u.test(t) || /[/@#]/.test(t)) return t;
    return t[0]!.toUpperCase() + t.slice(1);
  });
  return out;
}

/**
 * Title-case copies of a fraction of training sentences, put at the top of their own document
 * the way a headline sits above its article, so document features see the article below.
 * The copy loses its end mark, as headlines do.
 */
export function withHeadlineCopies(docs: readonly NerDocument[], fraction: number, seed: number): NerDocument[] {
  const random = seededRandom(seed ^ 0x7ea1);
  return docs.map((d) => {
    const heads = d.sentences
      .filter(() => random() < fraction)
      .map((s) => {
        const n =
          s.tokens.length > 1 && /^[.!?]+$/.test(s.tokens[s.tokens.length - 1]!)
            ? s.tokens.length - 1
            : s.tokens.length;
        return { tokens: titleCase(s.tokens.slice(0, n)), tags: s.tags.slice(0, n) };
      });
    return heads.length ? { ...d, sentences: [...heads, ...d.sentences] } : d;
  });
}
