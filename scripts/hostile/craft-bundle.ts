import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../main/core/bundle/format.js';
import { newId } from '../../main/core/ids.js';
import { type RawEntry, repeatedCrc, storedEntry, writeRawZip } from './raw-zip.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A manifest that lists `entries` with the sizes (and, where known, hashes) given. */
export function manifestBytes(
  entries: Record<string, { size: number; sha256?: string }>,
  overrides: Record<string, unknown> = {},
): Buffer {
  const listed = Object.fromEntries(
    Object.entries(entries).map(([n, e]) => [n, { sha256: e.sha256 ?? '0'.repeat(64), size: e.size }]),
  );
  return Buffer.from(
    JSON.stringify({
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      case: { id: newId(), title: 'hostile' },
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
      tlp: 'TLP:AMBER',
      scope: { kind: 'case' },
      redacted: false,
      counts: {},
      entries: listed,
      ...overrides,
    }),
  );
}

/** A bundle of small in-memory entries with a manifest that lists them truthfully. */
export function writeSmallBundle(
  path: string,
  entries: Record<string, string | Uint8Array>,
  manifest: Record<string, unknown> = {},
): void {
  const bytes = Object.entries(entries).map(([n, v]) => [n, typeof v === 'string' ? Buffer.from(v) : v] as const);
  const listed = Object.fromEntries(bytes.map(([n, b]) => [n, { size: b.length, sha256: sha256(b) }]));
  writeRawZip(path, [
    storedEntry('manifest.json', manifestBytes(listed, manifest)),
    ...bytes.map(([n, b]) => deflated(n, b)),
  ]);
}

export function deflated(name: string, bytes: Uint8Array): RawEntry {
  return { name, method: 8, data: [deflateRawSync(bytes)], size: bytes.length, crc: crc32(bytes) };
}

/**
 * An entry of `chunk` repeated `times` times, built from one deflated copy repeated (each copy a
 * self-contained run of non-final blocks), then padded with junk until the ratio is `ratio`:1.
 * The file stays small while the directory truthfully declares gigabytes.
 */
export function repeatedEntry(name: string, chunk: Uint8Array, times: number, ratio?: number): RawEntry {
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
  const data: Uint8Array[] = Array.from({ length: times }, () => block);
  data.push(deflateRawSync(Buffer.alloc(0)));
  const size = chunk.length * times;
  const compressed = data.reduce((n, d) => n + d.length, 0);
  if (ratio) {
    const padTo = Math.ceil(size / ratio);
    if (padTo > compressed) data.push(Buffer.alloc(padTo - compressed));
  }
  return { name, method: 8, data, size, crc: repeatedCrc(chunk, times) };
}

/** A record line with every field a schema wants, for entity records. */
export function entityRecord(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: newId(),
    caseId: newId(),
    createdAt: now,
    modifiedAt: now,
    type: 'person',
    label: 'Eve',
    properties: {},
    notes: '',
    status: 'suggested',
    ...fields,
  };
}
