import type { NerDocument } from './corpus-types.js';
import { seededRandom, shuffle } from './seeded-random.js';

/**
 * A seeded dev split: the same fraction of documents from every set, so the dev score weighs
 * news, Wikipedia, web text and tweets the way training does. Whole documents go one way,
 * so document features never see the other side.
 */
export function splitDev(docs: readonly NerDocument[], devFraction: number, seed: number): { train: NerDocument[]; dev: NerDocument[] } {
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
        out.push({ set: d.set, id: `${d.id}#upper${i}`, sentences: [{ tokens: s.tokens.map((t) => t.toUpperCase()), tags: s.tags }] });
      }
    });
  }
  return out;
}
