// The mistakes `extract()` makes on the news-like dev split, grouped so they can be read: each
// gold mention missed or mistyped and each mention predicted that gold lacks, with its context.
// For finding rule fixes; never run on a test set.
//   npx tsx scripts/ner/dev-errors.ts --model FILE [--type ORG] [--sets wikigold,uner,re3d]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../main/core/extract/index.js';
import { loadTagger } from '../../main/core/extract/ner/index.js';
import { loadAllSets } from './datasets.js';
import { detokenize } from './detokenize.js';
import { NEWS_LIKE_SETS, typedMentionKeys } from './score-mentions.js';
import { splitDev } from './split.js';
import { DEFAULT_OPTIONS } from './train-pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sets = opt('--sets')?.split(',') ?? [...NEWS_LIKE_SETS];
const only = opt('--type');
const dataDir = process.env.DOSSIER_NER_DATA ?? join(root, '..', 'shared', 'ner-train');
const modelFile = opt('--model');
const tagger = modelFile ? loadTagger({ modelFile }) : loadTagger();
const { dev } = splitDev(loadAllSets(dataDir), DEFAULT_OPTIONS.devFraction, DEFAULT_OPTIONS.seed);

for (const doc of dev.filter((d) => sets.includes(d.set))) {
  const t = detokenize(doc);
  const gold = new Set(t.gold);
  const predicted = new Set(typedMentionKeys(extract(t.text, tagger ? { tagger } : {}).entities));
  const at = (k: string) => k.split(' ').slice(1).join(' ');
  const goldAt = new Map([...gold].map((k) => [at(k), k.split(' ')[0]!]));
  const predAt = new Map([...predicted].map((k) => [at(k), k.split(' ')[0]!]));
  const show = (k: string) => {
    const [, a, b] = k.split(' ').map(Number) as [string, number, number];
    return `«${t.text.slice(a, b)}»  …${t.text.slice(Math.max(0, a - 40), a).replace(/\n/g, ' ')}[[${t.text.slice(a, b)}]]${t.text.slice(b, b + 40).replace(/\n/g, ' ')}…`;
  };
  for (const k of gold) {
    if (predicted.has(k)) continue;
    const type = k.split(' ')[0]!;
    const got = predAt.get(at(k));
    if (only && type !== only && got !== only) continue;
    console.log(`${got ? `TYPE ${type}->${got}` : `MISS ${type}`}\t${doc.set}\t${show(k)}`);
  }
  for (const k of predicted) {
    if (gold.has(k) || goldAt.has(at(k))) continue;
    const type = k.split(' ')[0]!;
    if (only && type !== only) continue;
    console.log(`FALSE ${type}\t${doc.set}\t${show(k)}`);
  }
}
