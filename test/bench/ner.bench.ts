// Entity tagger benchmark (issue 7): model load time, RSS and size; tagger words/s alone; and
// the whole extract() with the model against bare compromise on the same ~1 MB of news text.
//   npx tsx test/bench/ner.bench.ts          (NER_BENCH_SCALE=0.2 for a quick run)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { assetsDir } from '../../main/core/assets-dir.js';
import { gazetteerWordFlags } from '../../main/core/extract/gazetteer.js';
import { extract } from '../../main/core/extract/index.js';
import { loadTagger } from '../../main/core/extract/ner/index.js';
import { defaultModelPath } from '../../main/core/extract/ner/model-path.js';
import { corpusTexts, report, seededRandom } from './bench-util.js';

const scale = Number(process.env.NER_BENCH_SCALE ?? 1);

// ~1 MB of documents of 20–40 paragraphs drawn (seeded) from the corpus articles.
const paragraphs = corpusTexts()
  .flatMap((t) => t.split(/\n+/))
  .filter((p) => p.trim().length > 0);
const random = seededRandom(7);
const docs: string[] = [];
let size = 0;
while (size < 1_000_000 * scale) {
  const n = 20 + Math.floor(random() * 20);
  const d = Array.from({ length: n }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n\n');
  docs.push(d);
  size += d.length;
}
const words = docs.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0);

// The compiled gazetteer is extraction's and is loaded by extraction anyway: timed apart.
const g0 = process.hrtime.bigint();
gazetteerWordFlags('Paris');
const gazetteerMs = Number(process.hrtime.bigint() - g0) / 1e6;
// Load: reading and decoding the model and the word clusters, building their tables, and a first short tag.
const rssBefore = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const tagger = loadTagger();
if (!tagger) throw new Error('no model file: run npm run train:ner');
tagger.tag('Warm-up in Paris.');
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const loadCpu = process.cpuUsage(cpu0);
const rssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
const modelBytes = readFileSync(defaultModelPath());

report('ner_model_load_ms', loadMs, 'ms');
report('ner_model_load_cpu_ms', (loadCpu.user + loadCpu.system) / 1000, 'ms');
report('ner_gazetteer_load_ms', gazetteerMs, 'ms');
report('ner_model_rss_mb', rssMb, 'MB');
report('ner_model_bytes', modelBytes.length, 'bytes');
const modelGzip = gzipSync(modelBytes, { level: 9 }).length;
// The word clusters ship beside the model (already gzipped) and are part of what it needs.
const clusterBytes = statSync(join(assetsDir(), 'models', 'word-clusters.txt.gz')).size;
report('ner_model_gzip_bytes', modelGzip, 'bytes');
report('ner_clusters_gzip_bytes', clusterBytes, 'bytes');
report('ner_model_and_clusters_gzip_bytes', modelGzip + clusterBytes, 'bytes');

/**
 * Words per second of `fn` over every document, best of three passes after a warm-up. Timed
 * in CPU seconds of this (single-threaded) process: the 2 cores here are shared, and wall time
 * would measure the neighbours' load as much as this code.
 */
function wordsPerSecond(fn: (text: string) => unknown): number {
  fn(docs[0]!);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t = process.cpuUsage();
    for (const d of docs) fn(d);
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return words / best;
}

const bareCompromise = (text: string) => {
  const doc = nlp(text);
  return [
    doc.people().json({ offset: true }),
    doc.organizations().json({ offset: true }),
    doc.places().json({ offset: true }),
  ];
};

const taggerWps = wordsPerSecond((t) => tagger.tag(t));
const compromiseWps = wordsPerSecond(bareCompromise);
const extractWps = wordsPerSecond((t) => extract(t, { extractor: 'default' }));
const rulesWps = wordsPerSecond((t) => extract(t, { extractor: 'rules' }));
report('ner_corpus_words', words, 'words');
report('ner_tagger_words_per_s', Math.round(taggerWps), 'words/s');
report('ner_bare_compromise_words_per_s', Math.round(compromiseWps), 'words/s');
report('ner_extract_default_words_per_s', Math.round(extractWps), 'words/s');
report('ner_extract_rules_words_per_s', Math.round(rulesWps), 'words/s');
report('ner_extract_default_cost_vs_compromise', compromiseWps / extractWps, 'x');
report('ner_extract_rules_cost_vs_compromise', compromiseWps / rulesWps, 'x');
report('ner_tagger_cost_vs_compromise', compromiseWps / taggerWps, 'x');
