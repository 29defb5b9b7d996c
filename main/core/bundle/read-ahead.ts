import { statSync } from 'node:fs';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { DossierError } from '../errors.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { startWorker } from '../worker-entry.js';
import { originalEntries } from './bundle-entries.js';
import type { OpenedBundle } from './open-bundle.js';
import { BlockingReceiver, newChannelState } from './read-ahead-channel.js';
import type { ReadAheadJob, ReadAheadMessage, ReadAheadPlan, ReaderThreadData } from './read-ahead-job.js';

/**
 * Decoded records and originals waiting for the importing thread, at most: the reader runs this
 * far ahead of the writes and no further, whatever the bundle holds (a record of up to
 * maxLineBytes is let through on its own when nothing else is waiting).
 */
const MAX_IN_FLIGHT_KIB = 32 * 1024;
/** A reader silent this long has died (a worker's crash cannot reach a thread blocked in a transaction). */
const STALL_MS = 60_000;

/** Below this much to inflate and parse, starting a thread costs more than it saves. */
export const READ_AHEAD_MIN_BYTES = 8 * 1024 * 1024;

/** Whether a bundle is large enough to be read in a worker thread while the import writes. */
export function worthReadingAhead(bundle: OpenedBundle): boolean {
  let bytes = 0;
  for (const e of bundle.reader.entries.values()) bytes += e.size;
  return bytes >= READ_AHEAD_MIN_BYTES;
}

/**
 * Below this size on disk, no reading thread is started before the bundle is open: bundles
 * compress text about 3–5×, so a smaller one rarely holds READ_AHEAD_MIN_BYTES. A thread started
 * for one that does not is closed unused.
 */
const EARLY_START_MIN_FILE_BYTES = 2 * 1024 * 1024;

/** Whether the bundle at `path` is large enough on disk to start its reading thread before opening it. */
export function mayBeWorthReadingAhead(path: string): boolean {
  try {
    return statSync(path).size >= EARLY_START_MIN_FILE_BYTES;
  } catch {
    // Opening it will say what is wrong.
    return false;
  }
}

/**
 * A reading thread, started before the import opens the bundle: Node's start-up of the worker
 * and its module (0.1–0.3 s here) overlaps the opening, the signature check and the small
 * entries, instead of delaying the first records. Given its job by ReadAhead, or closed unused.
 */
export class ReaderThread {
  readonly channel = new MessageChannel();
  readonly state = newChannelState();
  readonly worker: Worker;
  private closed = false;

  constructor() {
    const data: ReaderThreadData = { port: this.channel.port2, state: this.state, maxInFlightKib: MAX_IN_FLIGHT_KIB };
    this.worker = startWorker('bundle-read', { workerData: data, transferList: [this.channel.port2] });
    // Never what keeps the process alive; a failure reaches the importing thread as a message.
    this.worker.unref();
    this.worker.on('error', () => undefined);
  }

  /** Stops the thread, used or not; again is harmless. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.port1.close();
    void this.worker.terminate();
  }
}

/**
 * The import's reading done in a worker thread (workers/bundle-read.ts running read-ahead-job.ts):
 * inflating, hashing, parsing and checking overlap with the SQLite writes on the importing
 * thread, which takes the checked records in the order the merge asks for them. Every check is
 * the one-thread import's; a fault arrives as a DossierError thrown here, inside the import's
 * transaction, with the failing entry in `failedEntry`.
 */
export class ReadAhead {
  /** The entry a fault was found in, once one was. */
  failedEntry: string | null = null;
  private readonly receiver: BlockingReceiver;
  private finished = false;

  constructor(
    bundle: OpenedBundle,
    private readonly thread: ReaderThread = new ReaderThread(),
    plan: ReadAheadPlan = defaultPlan(bundle),
  ) {
    const job: ReadAheadJob = {
      fd: bundle.reader.fd,
      path: bundle.reader.path,
      limits: bundle.reader.limits,
      manifest: bundle.manifest,
      plan,
    };
    thread.channel.port1.postMessage(job);
    this.receiver = new BlockingReceiver(thread.channel.port1, thread.state, STALL_MS);
  }

  /** Hands each record of `kind` to `fn`; returns how many the entry held. */
  eachRecord<K extends RecordKind>(kind: K, fn: (record: RecordsByKind[K]) => void): number {
    for (;;) {
      const m = this.next();
      if (m.type === 'records' && m.kind === kind) {
        for (const r of m.records) fn(r as RecordsByKind[K]);
      } else if (m.type === 'records-end' && m.kind === kind) return m.count;
      else throw this.outOfOrder(m, `records of ${kind}`);
    }
  }

  /** Hands each original to `fn` with its entry name, in entry order; then the reading is done. */
  eachOriginal(fn: (entry: string, sha256: string, bytes: Buffer) => void): void {
    for (;;) {
      const m = this.next();
      if (m.type === 'originals') {
        for (const o of m.items) fn(o.entry, o.sha256, Buffer.from(o.bytes.buffer, o.bytes.byteOffset, o.bytes.length));
      } else if (m.type === 'done') {
        this.finished = true;
        return;
      } else throw this.outOfOrder(m, 'originals');
    }
  }

  /** Stops the reader (at once when the import failed early) and frees the thread. */
  close(): void {
    if (!this.finished) this.receiver.cancel();
    this.thread.close();
  }

  private next(): ReadAheadMessage {
    let m: ReadAheadMessage;
    try {
      m = this.receiver.receive() as ReadAheadMessage;
    } catch (e) {
      throw new DossierError('internal', `nothing was imported: ${(e as Error).message}`);
    }
    if (m.type === 'failed') {
      this.failedEntry = m.entry;
      throw new DossierError(m.code, m.message);
    }
    return m;
  }

  private outOfOrder(m: ReadAheadMessage, expected: string): DossierError {
    return new DossierError('internal', `the bundle reader sent ${m.type} where ${expected} were expected`);
  }
}

/** Everything the merge reads after the tombstones and redirects: each kind's records, then the originals. */
function defaultPlan(bundle: OpenedBundle): ReadAheadPlan {
  return { kinds: RECORD_KINDS, originals: originalEntries(bundle) };
}
