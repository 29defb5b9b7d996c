import type { MessagePort } from 'node:worker_threads';
import { DossierError, type DossierErrorCode, messageOf } from '../errors.js';
import type { RecordKind } from '../store/records.js';
import { readOriginal, readRecords } from './bundle-entries.js';
import { type BundleLimits, type Manifest, recordsEntry } from './format.js';
import { BoundedSender, ChannelCancelled } from './read-ahead-channel.js';
import { ZipFileReader } from './zip-reader.js';

/** What the reading thread reads, in the order the merge asks for it (merge-into-case.ts). */
export interface ReadAheadPlan {
  kinds: readonly RecordKind[];
  originals: readonly { entry: string; sha256: string }[];
}

/** What to read: posted to the reading thread once the import has opened the bundle. */
export interface ReadAheadJob {
  /** The bundle's open descriptor, borrowed: the worker reads the very file the import opened. */
  fd: number;
  path: string;
  limits: BundleLimits;
  /** The manifest the import checked (and whose signature it verified): hashes and counts come from it. */
  manifest: Manifest;
  plan: ReadAheadPlan;
}

/** The reading thread's start-up data: the channel it sends on, and its job arrives on. */
export interface ReaderThreadData {
  port: MessagePort;
  state: SharedArrayBuffer;
  maxInFlightKib: number;
}

export type ReadAheadWorkerData = ReadAheadJob & ReaderThreadData;

export type ReadAheadMessage =
  | { type: 'records'; kind: RecordKind; records: unknown[] }
  /** A records entry read to its end: hash and count match the manifest. */
  | { type: 'records-end'; kind: RecordKind; count: number }
  /** Originals, each already checked against its name and the manifest. */
  | { type: 'originals'; items: { entry: string; sha256: string; bytes: Uint8Array }[] }
  | { type: 'done' }
  | { type: 'failed'; entry: string | null; code: DossierErrorCode; message: string };

/** Records or originals per message: enough that posting costs little beside them, few enough to overlap. */
const BATCH_BYTES = 1 << 20;
const BATCH_RECORDS = 2000;

/**
 * Runs in the reading thread: inflates, hashes, parses and checks every entry of the plan with
 * the same functions the import uses in one thread (bundle-entries.ts), and hands the checked
 * records on in batches. A fault ends the reading with one 'failed' message naming the entry;
 * the importing thread throws it inside its transaction, so nothing is kept.
 */
export function runReadAhead(data: ReadAheadWorkerData): void {
  const sender = new BoundedSender(data.port, data.state, data.maxInFlightKib);
  const send = (m: ReadAheadMessage, bytes = 0): void => sender.send(m, bytes);
  let entry: string | null = null;
  let reader: ZipFileReader | null = null;
  try {
    reader = new ZipFileReader(data.path, data.limits, data.fd);
    const bundle = { reader, manifest: data.manifest };
    for (const kind of data.plan.kinds) {
      entry = recordsEntry(kind);
      let batch: unknown[] = [];
      let bytes = 0;
      const count = readRecords(bundle, kind, (record, size) => {
        batch.push(record);
        bytes += size;
        if (bytes >= BATCH_BYTES || batch.length >= BATCH_RECORDS) {
          send({ type: 'records', kind, records: batch }, bytes);
          batch = [];
          bytes = 0;
        }
      });
      if (batch.length) send({ type: 'records', kind, records: batch }, bytes);
      send({ type: 'records-end', kind, count });
    }
    let items: { entry: string; sha256: string; bytes: Uint8Array }[] = [];
    let bytes = 0;
    for (const original of data.plan.originals) {
      entry = original.entry;
      const content = readOriginal(bundle, original.entry, original.sha256);
      items.push({ ...original, bytes: content });
      bytes += content.length;
      if (bytes >= BATCH_BYTES || items.length >= BATCH_RECORDS) {
        send({ type: 'originals', items }, bytes);
        items = [];
        bytes = 0;
      }
    }
    if (items.length) send({ type: 'originals', items }, bytes);
    entry = null;
    send({ type: 'done' });
  } catch (e) {
    if (e instanceof ChannelCancelled) return;
    const code: DossierErrorCode = e instanceof DossierError ? e.code : 'internal';
    try {
      send({ type: 'failed', entry, code, message: messageOf(e) });
    } catch {
      // Cancelled meanwhile: nobody is listening.
    }
  } finally {
    reader?.close();
  }
}
