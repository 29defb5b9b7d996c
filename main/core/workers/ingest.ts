import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { type Extractor, defaultExtractor } from '../ingest/extractor.js';
import { type FromWorker, type IngestWorkerData, MAX_IN_FLIGHT, type ToWorker } from '../ingest/job-messages.js';
import { type PrepareOutcome, prepareFile } from '../ingest/prepare-file.js';

/**
 * The ingest worker: reads, parses and extracts files off the main thread and hands each
 * prepared file to the parent, which writes it to the case (see ../ingest/README.md for why).
 */
const port = parentPort;
if (!port) throw new Error('the ingest worker must run in a worker thread');
const data = workerData as IngestWorkerData;
let cancelled = false;
let inFlight = 0;
let wake: (() => void) | null = null;

port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') cancelled = true;
  if (m.type === 'ack') inFlight--;
  wake?.();
});

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function roomToSend(): Promise<void> {
  while (inFlight >= MAX_IN_FLIGHT && !cancelled) await new Promise<void>((r) => (wake = r));
  wake = null;
}

function buffersOf(outcome: PrepareOutcome): ArrayBuffer[] {
  if (!('document' in outcome)) return [];
  const out: ArrayBuffer[] = [];
  const walk = (d: typeof outcome.document): void => {
    if (d.bytes.buffer instanceof ArrayBuffer && !out.includes(d.bytes.buffer)) out.push(d.bytes.buffer);
    d.children.forEach(walk);
  };
  walk(outcome.document);
  return out;
}

async function run(): Promise<void> {
  const extractor: Extractor | null = data.extract ? await defaultExtractor() : null;
  const known = new Map(data.known);
  for (let index = 0; index < data.files.length; index++) {
    await roomToSend();
    if (cancelled) break;
    const file = data.files[index]!;
    post({ type: 'started', index, path: file.path });
    const outcome: PrepareOutcome = file.problem
      ? { path: file.path, skipped: { path: file.path, kind: 'broken', reason: file.problem } }
      : await prepareFile(file.path, { maxBytes: data.maxBytes, extractor, existingDocument: (sha) => known.get(sha) ?? null });
    inFlight++;
    post({ type: 'prepared', index, outcome }, buffersOf(outcome));
  }
  post({ type: 'done', cancelled });
}

run().catch((e: unknown) => post({ type: 'failed', message: messageOf(e) }));
