// Experiment helper: trains selection models (train split, epoch chosen on dev) for a few
// seeds, so a few different dev splits, and prints their pooled dev scores: the tagger on all
// sets and on the news-like ones, and the whole extract() on the news-like ones. One dev split
// is too small to tell a one-point change from noise. Nothing here ships.
//   npx tsx scripts/ner/probe-train.ts [seeds, default 3] [options JSON]
// PROBE_MODELS=dir keeps each seed's model (PROBE_REUSE=1 scores them again without training),
// PROBE_MODEL_OUT=file writes the first seed's model, PROBE_CLUSTERS=file tries another cluster file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../main/core/extract/index.js';
import { FEATURE_SET_VERSION } from '../../main/core/extract/ner/features.js';
import { decodeModel } from '../../main/core/extract/ner/model-file.js';
import { PerceptronTagger } from '../../main/core/extract/ner/perceptron-tagger.js';
import { shippedGazetteer } from '../../main/core/extract/ner/shipped-gazetteer.js';
import { loadAllSets } from './datasets.js';
import { detokenize } from './detokenize.js';
import {
  addCounts,
  addMentions,
  emptyCounts,
  formatCounts,
  NEWS_LIKE_SETS,
  prf,
  typedMentionKeys,
} from './score-mentions.js';
import { splitDev } from './split.js';
import { DEFAULT_OPTIONS, scoreTokenDocs, trainFromDocuments } from './train-pipeline.js';

const seeds = Number(process.argv[2] ?? 3);
const overrides = JSON.parse(process.argv[3] ?? '{}') as Partial<typeof DEFAULT_OPTIONS>;
const docs = loadAllSets(
  process.env.DOSSIER_NER_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'ner-train'),
);
const gaz = shippedGazetteer(process.env.PROBE_CLUSTERS);
const all = emptyCounts();
const news = emptyCounts();
const pipeline = emptyCounts();
for (let s = 0; s < seeds; s++) {
  const o = { ...DEFAULT_OPTIONS, ...overrides, seed: (overrides.seed ?? DEFAULT_OPTIONS.seed) + s, finalOnAll: false };
  const saved = process.env.PROBE_MODELS ? join(process.env.PROBE_MODELS, `seed-${o.seed}.bin`) : null;
  const result =
    saved && process.env.PROBE_REUSE
      ? { bytes: new Uint8Array(readFileSync(saved)), gzipBytes: 0 }
      : trainFromDocuments(docs, { ...o, gazetteer: gaz.lookup, gazetteerId: gaz.id(), log: () => {} });
  if (saved && !process.env.PROBE_REUSE) writeFileSync(saved, result.bytes);
  if (s === 0 && process.env.PROBE_MODEL_OUT) writeFileSync(process.env.PROBE_MODEL_OUT, result.bytes);
  const tagger = new PerceptronTagger(decodeModel(result.bytes, FEATURE_SET_VERSION), gaz.lookup, 'probe');
  const { dev } = splitDev(docs, o.devFraction, o.seed);
  const c = scoreTokenDocs(tagger, dev);
  const n = scoreTokenDocs(
    tagger,
    dev.filter((d) => NEWS_LIKE_SETS.includes(d.set)),
  );
  // The whole extract() with this tagger, on the news-like dev documents' rebuilt text.
  const p = emptyCounts();
  for (const d of dev.filter((x) => NEWS_LIKE_SETS.includes(x.set))) {
    const t = detokenize(d);
    const found = typedMentionKeys(extract(t.text, { tagger }).entities);
    // House convention, as the corpus bar scores: no leading "the" in a name.
    const noThe = (k: string) => {
      const [ty, a, b] = k.split(' ');
      return /^the\s/i.test(t.text.slice(Number(a), Number(b))) ? `${ty} ${Number(a) + 4} ${b}` : k;
    };
    addMentions(p, t.gold.map(noThe), found.map(noThe));
  }
  addCounts(pipeline, p);
  addCounts(all, c);
  addCounts(news, n);
  console.log(
    `seed ${o.seed}: all ${(100 * prf(c.ALL!).f1).toFixed(1)} · news-like ${(100 * prf(n.ALL!).f1).toFixed(1)} · extract() news-like ${(100 * prf(p.ALL!).f1).toFixed(1)} · ${result.gzipBytes} bytes gz`,
  );
}
console.log(
  `pooled over ${seeds} dev splits:\n${formatCounts(all)}\n  news-like:\n${formatCounts(news)}\n  extract() on news-like:\n${formatCounts(pipeline)}`,
);
