import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { type Extractor, defaultExtractor } from '../ingest/extractor.js';
import type { FromWorker, IngestWorkerData, JobStart, ToWorker } from '../ingest/job-messages.js';
import { type PrepareOutcome, type PreparedDocument, prepareFile } from '../ingest/prepare-file.js';
import { warmUpExtraction } from './warm-up.js';

/**
 * The ingest worker: reads, parses and extracts the files the parent hands it, one at a time,
 * and posts each prepared file back; the parent writes it to the case (see ../ingest/README.md
 * for why). It never opens the case. It lives in a pool (../ingest/ingest-pool.ts) and serves
 * one import after another: each import first sends its settings (`job`), then its files, and
 * everything runs in the order sent, so a file always sees its own import's settings.
 */
const port = parentPort;
if (!port) throw new Error('the ingest worker must run in a worker thread');
const data = workerData as IngestWorkerData;
const queue: ToWorker[] = [];
let job: { start: JobStart; known: Map<string, string> } | null = null;
let extractorLoad: Promise<Extractor> | null = null;
let busy = false;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

/** Extraction's code and data, loaded once for the worker's life (most of its start-up cost). */
function extractor(): Promise<Extractor> {
  extractorLoad ??= defaultExtractor();
  return extractorLoad;
}

/** The byte buffers of a prepared file, moved to the parent instead of copied. */
function buffersOf(outcome: PrepareOutcome): ArrayBuffer[] {
  if (!('document' in outcome)) return [];
  const out = new Set<ArrayBuffer>();
  const walk = (d: PreparedDocument): void => {
    if (d.bytes.buffer instanceof ArrayBuffer) out.add(d.bytes.buffer);
    d.children.forEach(walk);
  };
  walk(outcome.document);
  return [...out];
}

async function prepare(m: Extract<ToWorker, { type: 'file' }>): Promise<PrepareOutcome> {
  if (m.problem) return { path: m.path, skipped: { path: m.path, kind: 'broken', reason: m.problem } };
  if (!job || job.start.job !== m.job) throw new Error(`a file of import ${m.job} came without its settings`);
  const { start, known } = job;
  return prepareFile(m.path, {
    maxBytes: start.maxBytes,
    extractor: start.extract ? await extractor() : null,
    existingDocument: (sha) => known.get(sha) ?? null,
  });
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  let current: number | null = null;
  try {
    for (let m = queue.shift(); m; m = queue.shift()) {
      current = m.job;
      if (m.type === 'job') {
        job = { start: m, known: new Map(m.known) };
        continue;
      }
      const outcome = await prepare(m);
      post({ type: 'prepared', job: m.job, index: m.index, outcome }, buffersOf(outcome));
    }
  } catch (e) {
    post({ type: 'failed', job: current, message: messageOf(e) });
  } finally {
    busy = false;
  }
}

port.on('message', (m: ToWorker) => {
  queue.push(m);
  void drain();
});

/** Loads extraction and runs it until it is fast, unless an import's work arrives first. */
async function warm(): Promise<void> {
  const loaded = await extractor();
  await warmUpExtraction(loaded, () => busy || queue.length > 0);
}

if (data.warm) warm().catch((e: unknown) => post({ type: 'failed', job: null, message: messageOf(e) }));
