import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import {
  BlockingReceiver,
  BoundedSender,
  ChannelCancelled,
  newChannelState,
} from '../../../../main/core/bundle/read-ahead-channel.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { exported, importRefusal, tampered } from './tamper.js';

// The import's reading in a worker thread (read-ahead.ts) against the same import in one thread:
// the same rows, and the same refusals, with nothing kept, when a fault turns up mid-stream.
const tempDir = useTempDir();

/** Every record of every kind, by id, and the originals' hashes: what an import left in the case. */
function contents(store: CaseStore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kind of RECORD_KINDS) out[kind] = [...store.iterate(kind)].sort((a, b) => (a.id < b.id ? -1 : 1));
  out.originals = [...store.iterate('document')].map((d) => store.original(d.sha256)?.length ?? null).sort();
  return out;
}

describe('bundle import reading in a worker thread', () => {
  it('writes exactly what the one-thread import writes', () => {
    const dir = tempDir();
    const { path } = exported(dir);
    const inline = CaseStore.create(join(dir, 'inline.dossier'), { title: 'inline' });
    const ahead = CaseStore.create(join(dir, 'ahead.dossier'), { title: 'ahead' });
    const a = importBundle(inline, path, { readInWorker: false });
    const b = importBundle(ahead, path, { readInWorker: true });

    expect(b.verification.counts).toEqual(a.verification.counts);
    expect(b.report.kinds).toEqual(a.report.kinds);
    expect(b.report.originalsAdded).toBe(a.report.originalsAdded);
    expect(a.report.originalsAdded).toBeGreaterThan(0);
    expect(contents(ahead)).toEqual(contents(inline));
    inline.close();
    ahead.close();
  });

  it('a damaged original found by the reader after every record was written leaves the case unchanged', () => {
    const dir = tempDir();
    const { entries } = exported(dir);
    const original = Object.keys(entries).find((n) => n.startsWith('originals/'))!;
    const flipped = Uint8Array.from(entries[original]!);
    flipped[0] = flipped[0]! ^ 0x20;
    const path = tampered(dir, entries, { [original]: flipped });
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const audit = target.auditLog().length;

    expect(importRefusal(target, path, { readInWorker: true }).message).toMatch(
      /^nothing was imported: 1 problem\(s\) in .*originals\/[0-9a-f]{64} does not match its SHA-256/,
    );
    for (const kind of RECORD_KINDS) expect(target.count(kind)).toBe(0);
    expect(target.auditLog().length).toBe(audit);
    target.close();
  });

  it('a record its schema refuses, mid-entry, is refused with its line and nothing is kept', () => {
    const dir = tempDir();
    const { path: good, entries } = exported(dir);
    const lines = Buffer.from(entries['records/entity.jsonl']!).toString('utf8').split('\n');
    expect(lines.length).toBeGreaterThan(2);
    const bad = JSON.parse(lines[1]!) as Record<string, unknown>;
    bad.status = 'not-a-status';
    lines[1] = JSON.stringify(bad);
    const path = tampered(dir, entries, { 'records/entity.jsonl': Buffer.from(lines.join('\n')) });
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });

    const error = importRefusal(target, path, { readInWorker: true });
    expect(error.code).toBe('bundle-invalid');
    expect(error.message).toMatch(/records\/entity\.jsonl/);
    for (const kind of RECORD_KINDS) expect(target.count(kind)).toBe(0);
    // The case is still usable, and takes the sound bundle afterwards.
    importBundle(target, good, { readInWorker: true });
    expect(target.count('entity')).toBeGreaterThan(0);
    target.close();
  });
});

describe('the read-ahead channel', () => {
  it('lets one message through when none is waiting, brakes past its bound, and stops when cancelled', () => {
    const { port1, port2 } = new MessageChannel();
    const state = newChannelState();
    const sender = new BoundedSender(port2, state, 8);
    const receiver = new BlockingReceiver(port1, state, 50);
    // Larger than the bound, but nothing is in flight: it goes.
    sender.send('big', 20 * 1024);
    expect(receiver.receive()).toBe('big');
    sender.send('small', 100);
    expect(receiver.receive()).toBe('small');
    // Nothing sent: the receiver gives up after its stall time instead of blocking for ever.
    expect(() => receiver.receive()).toThrow(/sent nothing/);
    sender.send('held', 20 * 1024);
    receiver.cancel();
    // Over the bound with one message held: the sender would wait; cancelled, it stops instead.
    expect(() => sender.send('more', 100)).toThrow(ChannelCancelled);
    port1.close();
  });
});
