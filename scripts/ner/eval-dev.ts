// Strict mention F1 on the seeded dev split (the same split `npm run train:ner` carves):
// the tagger on gold tokens, the tagger on rebuilt text (its own tokeniser), and the whole
// extract() pipeline with extractor 'default' and 'rules'. Never run on a test set.
//   npx tsx scripts/ner/eval-dev.ts [--sets wikigold,uner] [--skip-extract]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../main/core/extract/index.js';
import { loadTagger } from '../../main/core/extract/ner/index.js';
import { PerceptronTagger } from '../../main/core/extract/ner/perceptron-tagger.js';
import { loadAllSets } from './datasets.js';
import { detokenize, type TextDocument } from './detokenize.js';
import { addMentions, emptyCounts, formatCounts, prf, type TypeCounts } from './score-mentions.js';
import { splitDev } from './split.js';
import { DEFAULT_OPTIONS, scoreTokenDocs } from './train-pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const setsArg = args.includes('--sets') ? args[args.indexOf('--sets') + 1]!.split(',') : null;
const dataDir = process.env.DOSSIER_NER_DATA ?? join(root, '..', 'shared', 'ner-train');

const { dev } = splitDev(loadAllSets(dataDir), DEFAULT_OPTIONS.devFraction, DEFAULT_OPTIONS.seed);
const docs = setsArg ? dev.filter((d) => setsArg.includes(d.set)) : dev;
const tagger = loadTagger();
if (!(tagger instanceof PerceptronTagger)) throw new Error('no model: run npm run train:ner first');
const texts = docs.map(detokenize);
const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };

report('tagger on gold tokens', (set) => scoreTokenDocs(tagger, docs.filter((d) => set === null || d.set === set)));
report('tagger on text', (set) =>
  scoreTexts(set, (t) => tagger.tag(t.text).map((s) => `${TYPE[s.type]} ${s.start} ${s.end}`)),
);
if (!args.includes('--skip-extract')) {
  for (const extractor of ['default', 'rules'] as const) {
    report(`extract() --extractor ${extractor}`, (set) =>
      scoreTexts(set, (t) =>
        extract(t.text, { extractor })
          .entities.filter((e) => e.type in TYPE)
          .map((e) => `${TYPE[e.type]} ${e.start} ${e.end}`),
      ),
    );
  }
}

function scoreTexts(set: string | null, predict: (t: TextDocument) => string[]): TypeCounts {
  const counts = emptyCounts();
  for (const t of texts) if (set === null || t.set === set) addMentions(counts, t.gold, predict(t));
  return counts;
}

function report(name: string, score: (set: string | null) => TypeCounts): void {
  const started = Date.now();
  console.log(`\n${name} (dev, ${docs.length} documents):\n${formatCounts(score(null))}`);
  const bySet = [...new Set(docs.map((d) => d.set))].sort().map((s) => `${s} ${(100 * prf(score(s).ALL!).f1).toFixed(1)}`);
  console.log(`  F1 by set: ${bySet.join(' · ')}  [${((Date.now() - started) / 1000).toFixed(1)} s]`);
}
