// `npm run train:ner`: converts every set in ../shared/ner-train, carves a seeded dev split,
// trains the averaged-perceptron tagger, picks the epoch on dev, prints dev P/R/F1 per type and
// writes assets/models/ner-en.bin (same seed + same data → same bytes; its SHA-256 is printed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_FILE_NAME } from '../main/core/extract/ner/model-path.js';
import { loadAllSets } from './ner/datasets.js';
import { shippedGazetteer } from '../main/core/extract/ner/shipped-gazetteer.js';
import { DEFAULT_OPTIONS, trainFromDocuments } from './ner/train-pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.DOSSIER_NER_DATA ?? join(root, '..', 'shared', 'ner-train');
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

const docs = loadAllSets(dataDir);
log(`read ${docs.length} documents from ${dataDir}`);
const gaz = shippedGazetteer();
const result = trainFromDocuments(docs, { ...DEFAULT_OPTIONS, gazetteer: gaz.lookup, gazetteerId: gaz.id(), log });
const out = join(root, 'assets', 'models', MODEL_FILE_NAME);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, result.bytes);
if (result.selectionBytes && process.env.DOSSIER_NER_SELECTION_MODEL) {
  // The model trained on train alone, for scoring on dev: `eval-dev.ts --model FILE`.
  writeFileSync(process.env.DOSSIER_NER_SELECTION_MODEL, result.selectionBytes);
  log(`wrote the selection model to ${process.env.DOSSIER_NER_SELECTION_MODEL}`);
}
log(`wrote ${out}: ${result.bytes.length} bytes, ${result.gzipBytes} gzipped`);
console.log(`sha256 ${result.sha256}`);
