// Strict mention F1 on the seeded dev split (the same split `npm run train:ner` carves):
// the tagger on gold tokens, the tagger on rebuilt text (its own tokeniser), and the whole
// extract() pipeline with extractor 'default' and 'rules'. Never run on a test set.
// Also scores title-case headlines made from dev sentences (a copy of a sentence set above its
// document, as news headlines sit above the article).
//   npx tsx scripts/ner/eval-dev.ts [--sets wikigold,uner] [--skip-extract] [--model FILE]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../main/core/extract/index.js';
import { loadTagger } from '../../main/core/extract/ner/index.js';
import { PerceptronTagger } from '../../main/core/extract/ner/perceptron-tagger.js';
import { loadAllSets } from './datasets.js';
import { detokenize, type TextDocument } from './detokenize.js';
import {
  addCounts,
  addMentions,
  emptyCounts,
  formatCounts,
  NEWS_LIKE_SETS,
  prf,
  typedMentionKeys,
  type TypeCounts,
} from './score-mentions.js';
import type { NerDocument } from './corpus-types.js';
import { splitDev, titleCase } from './split.js';
import { DEFAULT_OPTIONS, scoreTokenDocs } from './train-pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const setsArg = args.includes('--sets') ? args[args.indexOf('--sets') + 1]!.split(',') : null;
const dataDir = process.env.DOSSIER_NER_DATA ?? join(root, '..', 'shared', 'ner-train');

const { dev } = splitDev(loadAllSets(dataDir), DEFAULT_OPTIONS.devFraction, DEFAULT_OPTIONS.seed);
const docs = setsArg ? dev.filter((d) => setsArg.includes(d.set)) : dev;
const modelFile = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
const tagger = modelFile ? loadTagger({ modelFile }) : loadTagger();
if (!(tagger instanceof PerceptronTagger)) throw new Error('no model: run npm run train:ner first');
const texts = docs.map(detokenize);
const headlines = headlineTexts(docs);

report('tagger on gold tokens', (set) =>
  scoreTokenDocs(
    tagger,
    docs.filter((d) => set === null || d.set === set),
  ),
);
report('tagger on text', (set) => scoreTexts(set, (t) => typedMentionKeys(tagger.tag(t.text))));
report('tagger on title-case headlines', (set) =>
  scoreTexts(set, (t) => typedMentionKeys(tagger.tag(t.text)), headlines),
);
if (!args.includes('--skip-extract')) {
  for (const extractor of ['default', 'rules'] as const) {
    report(`extract() --extractor ${extractor}`, (set) =>
      scoreTexts(set, (t) => typedMentionKeys(extract(t.text, { extractor, tagger }).entities)),
    );
    report(`extract() --extractor ${extractor} on title-case headlines`, (set) =>
      scoreTexts(set, (t) => typedMentionKeys(extract(t.text, { extractor, tagger }).entities), headlines),
    );
  }
}

function scoreTexts(
  set: string | null,
  predict: (t: TextDocument) => string[],
  from: readonly HeadlineText[] = texts,
): TypeCounts {
  const counts = emptyCounts();
  for (const t of from) {
    if (set !== null && t.set !== set) continue;
    // For headlines only the headline line is scored; the article below gives context.
    const inScope = (k: string) => t.scoredEnd === undefined || Number(k.split(' ')[1]) < t.scoredEnd;
    addMentions(counts, t.gold.filter(inScope), predict(t).filter(inScope));
  }
  return counts;
}

type HeadlineText = TextDocument & { scoredEnd?: number };

/** Each multi-sentence dev document (not tweets) with its first sentence title-cased above it as a headline. */
function headlineTexts(all: readonly NerDocument[]): HeadlineText[] {
  return all
    .filter((d) => d.sentences.length > 1)
    .map((d) => {
      const first = d.sentences[0]!;
      const n =
        first.tokens.length > 1 && /^[.!?]+$/.test(first.tokens.at(-1)!)
          ? first.tokens.length - 1
          : first.tokens.length;
      const head = detokenize({
        ...d,
        sentences: [{ tokens: titleCase(first.tokens.slice(0, n)), tags: first.tags.slice(0, n) }],
      });
      const body = detokenize(d);
      const shift = head.text.length + 1;
      const moved = body.gold.map((k) => {
        const [type, a, b] = k.split(' ');
        return `${type} ${Number(a) + shift} ${Number(b) + shift}`;
      });
      return { ...d, text: `${head.text}\n${body.text}`, gold: [...head.gold, ...moved], scoredEnd: head.text.length };
    });
}

function report(name: string, score: (set: string | null) => TypeCounts): void {
  const started = Date.now();
  console.log(`\n${name} (dev, ${docs.length} documents):\n${formatCounts(score(null))}`);
  const bySet = [...new Set(docs.map((d) => d.set))]
    .sort()
    .map((s) => `${s} ${(100 * prf(score(s).ALL!).f1).toFixed(1)}`);
  console.log(`  F1 by set: ${bySet.join(' · ')}  [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  // The sets closest to the news analysts import, pooled.
  const news = emptyCounts();
  for (const set of NEWS_LIKE_SETS) addCounts(news, score(set));
  console.log(`  F1 news-like (${NEWS_LIKE_SETS.join('+')}): ${(100 * prf(news.ALL!).f1).toFixed(1)}`);
}
