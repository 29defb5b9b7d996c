import { documentFeatures } from '../../main/core/extract/ner/document-features.js';
import type { GazetteerLookup } from '../../main/core/extract/ner/gazetteer-lookup.js';
import { LABEL_INDEX } from '../../main/core/extract/ner/labels.js';
import type { NerDocument } from './corpus-types.js';

/** One training sentence as the learner sees it: feature hashes per token and gold labels. */
export interface HashedSentence {
  hashes: Uint32Array;
  /** Token t owns hashes[starts[t] .. starts[t + 1]). */
  starts: Int32Array;
  gold: Int32Array;
}

export function featurize(docs: readonly NerDocument[], gazetteer: GazetteerLookup): HashedSentence[] {
  const out: HashedSentence[] = [];
  for (const d of docs) {
    const feats = documentFeatures(
      d.sentences.map((s) => s.tokens),
      gazetteer,
    );
    d.sentences.forEach((s, i) => {
      const f = feats[i]!;
      out.push({
        hashes: Uint32Array.from(f.hashes),
        starts: Int32Array.from(f.starts),
        gold: Int32Array.from(s.tags, (t) => {
          const l = LABEL_INDEX.get(t);
          if (l === undefined) throw new Error(`unknown tag ${t} in ${d.id}`);
          return l;
        }),
      });
    });
  }
  return out;
}
