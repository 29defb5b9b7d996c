import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { type Extractor, defaultExtractor } from '../ingest/extractor.js';
import type { FromWorker, IngestWorkerData, ToWorker } from '../ingest/job-messages.js';
import { type PrepareOutcome, type PreparedDocument, prepareFile } from '../ingest/prepare-file.js';

/**
 * The ingest worker: reads, parses and extracts the files the parent hands it, one at a time,
 * and posts each prepared file back; the parent writes it to the case (see ../ingest/README.md
 * for why). It never opens the case.
 */
const port = parentPort;
if (!port) throw new Error('the ingest worker must run in a worker thread');
const data = workerData as IngestWorkerData;
const known = new Map(data.known);
const queue: ToWorker[] = [];
let extractor: Extractor | null = null;
let busy = false;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
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

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const outcome: PrepareOutcome = job.problem
        ? { path: job.path, skipped: { path: job.path, kind: 'broken', reason: job.problem } }
        : await prepareFile(job.path, {
            maxBytes: data.maxBytes,
            extractor,
            existingDocument: (sha) => known.get(sha) ?? null,
          });
      post({ type: 'prepared', index: job.index, outcome }, buffersOf(outcome));
    }
  } catch (e) {
    post({ type: 'failed', message: messageOf(e) });
  } finally {
    busy = false;
  }
}

port.on('message', (m: ToWorker) => {
  queue.push(m);
  void drain();
});

(data.extract ? defaultExtractor() : Promise.resolve(null))
  .then((x) => {
    extractor = x;
    post({ type: 'ready' });
  })
  .catch((e: unknown) => post({ type: 'failed', message: messageOf(e) }));
