// Digest of every feature hash the tagger computes over all of ../shared/ner-train (gold tokens,
// with the shipped gazetteer and with none). A speed change to the feature code must print the
// same digests before and after: then training sees the very same features.
//   npx tsx scripts/extract/feature-digest.ts
import { createHash } from 'node:crypto';
import { documentFeatures } from '../../main/core/extract/ner/document-features.js';
import { NO_GAZETTEER } from '../../main/core/extract/ner/gazetteer-lookup.js';
import { shippedGazetteer } from '../../main/core/extract/ner/shipped-gazetteer.js';
import { loadAllSets } from '../ner/datasets.js';

const docs = loadAllSets(new URL('../../../shared/ner-train', import.meta.url).pathname);
for (const [name, gazetteer] of [
  ['shipped gazetteer', shippedGazetteer().lookup],
  ['no gazetteer', NO_GAZETTEER],
] as const) {
  const h = createHash('sha256');
  let n = 0;
  for (const d of docs) {
    for (const f of documentFeatures(
      d.sentences.map((s) => s.tokens),
      gazetteer,
    )) {
      h.update(new Uint32Array(f.hashes));
      h.update(new Int32Array(f.starts));
      n += f.hashes.length;
    }
  }
  console.log(`${name}: ${docs.length} documents, ${n} feature hashes, sha256 ${h.digest('hex').slice(0, 16)}`);
}
