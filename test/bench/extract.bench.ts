// Extraction benchmark (issue 3): words per second of the whole extraction pipeline on ~1 MB of
// documents assembled from the corpus paragraphs, against bare compromise (its full tagger plus
// people/places/organisations) on the same documents in the same run.
// Smaller run: EXTRACT_BENCH_BYTES=200000 npx tsx test/bench/extract.bench.ts
import nlp from 'compromise';
import { extract } from '../../main/core/extract/index.js';
import { corpusTexts, report, seededRandom, timeMs } from './bench-util.js';

const TARGET_BYTES = Number(process.env.EXTRACT_BENCH_BYTES ?? 1_000_000);
const random = seededRandom(11);
const paragraphs = corpusTexts()
  .flatMap((t) => t.split(/\n+/))
  .map((p) => p.trim())
  .filter((p) => p.length > 0);

// Documents of 3–8 paragraphs each, like the reports an analyst imports.
const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const n = 3 + Math.floor(random() * 6);
  const doc = Array.from({ length: n }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n\n');
  docs.push(doc);
  bytes += doc.length;
}
const words = docs.reduce((s, d) => s + d.split(/\s+/).filter(Boolean).length, 0);

// Warm up both (lexicons, gazetteer, model, JIT) on text outside the measured set.
extract(docs[0]!, { date: '2025-12-13' });
nlp(docs[0]!).people();

const extractMs = timeMs(() => {
  for (const d of docs) extract(d, { date: '2025-12-13' });
});
const rulesMs = timeMs(() => {
  for (const d of docs) extract(d, { date: '2025-12-13', extractor: 'rules' });
});
const compromiseMs = timeMs(() => {
  for (const d of docs) {
    const doc = nlp(d);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
});

const extractor = extract('x').extractor;
console.log(
  `# ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words} words; default extractor: ${extractor}`,
);
report('extract_words_per_s', Math.round(words / (extractMs / 1000)), 'words/s');
report('extract_rules_words_per_s', Math.round(words / (rulesMs / 1000)), 'words/s');
report('compromise_words_per_s', Math.round(words / (compromiseMs / 1000)), 'words/s');
report('extract_vs_compromise', extractMs / compromiseMs, 'x');
report('extract_rules_vs_compromise', rulesMs / compromiseMs, 'x');
