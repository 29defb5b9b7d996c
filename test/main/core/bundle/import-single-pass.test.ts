import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { ZipFileReader } from '../../../../main/core/bundle/zip-reader.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { exported, importRefusal, tampered } from './tamper.js';

const tempDir = useTempDir();

afterEach(() => {
  vi.restoreAllMocks();
});

function flipFirstByte(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[0] = copy[0]! ^ 0x20;
  return copy;
}

describe('bundle import in one checked pass', () => {
  it('reads each entry of a sound bundle once, and still reports what it verified', () => {
    const dir = tempDir();
    const { path, entries } = exported(dir);
    const reads = new Map<string, number>();
    const read = ZipFileReader.prototype.read;
    vi.spyOn(ZipFileReader.prototype, 'read').mockImplementation(function (this: ZipFileReader, name, onChunk) {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      read.call(this, name, onChunk);
    });
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const result = importBundle(target, path);

    expect(Object.keys(entries).filter((n) => (reads.get(n) ?? 0) !== 1)).toEqual([]);
    expect(result.verification.ok).toBe(true);
    expect(result.verification.counts['records/entity.jsonl']).toBe(target.count('entity'));
    for (const kind of RECORD_KINDS) expect(result.report.kinds[kind].new).toBe(target.count(kind));
    target.close();
  });

  it('a fault found after records were written rolls them all back and names every problem', () => {
    const dir = tempDir();
    const { entries } = exported(dir);
    const original = Object.keys(entries).find((n) => n.startsWith('originals/'))!;
    // Originals are read last: every record is already in the transaction when this one fails.
    const late = tampered(dir, entries, { [original]: flipFirstByte(entries[original]!) });
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const audit = target.auditLog().length;

    const error = importRefusal(target, late);
    expect(error.message).toMatch(
      /^nothing was imported: 1 problem\(s\) in .*originals\/[0-9a-f]{64} does not match its SHA-256/,
    );
    for (const kind of RECORD_KINDS) expect(target.count(kind)).toBe(0);
    expect(target.auditLog().length).toBe(audit);

    const twoFaults = tampered(dir, entries, {
      [original]: flipFirstByte(entries[original]!),
      'records/entity.jsonl': flipFirstByte(entries['records/entity.jsonl']!),
    });
    expect(importRefusal(target, twoFaults).message).toMatch(/^nothing was imported: 2 problem\(s\) in /);
    for (const kind of RECORD_KINDS) expect(target.count(kind)).toBe(0);
    target.close();
  });

  it('refuses a bundle whose records do not add up to the manifest counts', () => {
    const dir = tempDir();
    const { entries } = exported(dir);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as {
      counts: Record<string, number>;
    };
    manifest.counts.entity = (manifest.counts.entity ?? 0) + 1;
    const path = tampered(dir, entries, { 'manifest.json': Buffer.from(JSON.stringify(manifest)) });
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    expect(importRefusal(target, path).message).toMatch(
      /records\/entity\.jsonl holds \d+ records, the manifest says \d+/,
    );
    expect(target.count('entity')).toBe(0);
    target.close();
  });
});
