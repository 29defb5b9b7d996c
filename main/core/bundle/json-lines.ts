import { createHash } from 'node:crypto';
import { DossierError } from '../errors.js';
import { formatBytes } from './limits.js';
import type { ZipFileReader } from './zip-reader.js';

const NEWLINE = 0x0a;

/**
 * Streams one JSON-lines entry: each line parsed and handed to `onValue` with its line number,
 * while the entry's SHA-256 is computed. Returns the hash so the caller can compare it with the
 * manifest. Bad JSON, a blank line or an over-long line is refused naming the entry and line.
 *
 * Lines are cut on raw bytes (a newline byte never occurs inside a UTF-8 sequence), and an
 * unfinished line is kept as a list of chunks, joined once when it ends: linear in the entry's
 * size, and never more than `maxLineBytes` held, whatever the input.
 */
export function readJsonLines(
  reader: ZipFileReader,
  entry: string,
  /** `bytes`: the line's length in bytes (a reader handing records on accounts for memory by it). */
  onValue: (value: unknown, line: number, bytes: number) => void,
  maxLineBytes: number = reader.limits.maxLineBytes,
): string {
  const hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  const tooLong = (): never => {
    throw new DossierError(
      'bundle-invalid',
      `${entry} line ${line + 1} is longer than ${formatBytes(maxLineBytes)}, the most one record may take`,
    );
  };
  const take = (bytes: Buffer): void => {
    line++;
    if (bytes.length === 0)
      throw new DossierError('bundle-invalid', `${entry} line ${line} is blank (Dossier writes none)`);
    const text = bytes.toString('utf8');
    // JSON.parse keeps "__proto__" as a plain key, but copying such an object (as schema
    // parsing does) would swap its prototype: no honest record needs that key.
    if (text.includes('"__proto__"'))
      throw new DossierError('bundle-invalid', `${entry} line ${line} uses the forbidden key "__proto__"`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new DossierError('bundle-invalid', `${entry} line ${line} is not valid JSON`);
    }
    onValue(value, line, bytes.length);
  };
  reader.read(entry, (chunk) => {
    hash.update(chunk);
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
      const piece = buf.subarray(start, nl);
      if (pendingBytes + piece.length > maxLineBytes) tooLong();
      if (pending.length) {
        pending.push(piece);
        const whole = Buffer.concat(pending, pendingBytes + piece.length);
        pending = [];
        pendingBytes = 0;
        take(whole);
      } else take(piece);
      start = nl + 1;
    }
    if (start < buf.length) {
      pendingBytes += buf.length - start;
      if (pendingBytes > maxLineBytes) tooLong();
      // A copy: the reader may hand out views of a buffer it reuses.
      pending.push(Buffer.from(buf.subarray(start)));
    }
  });
  if (pending.length) take(Buffer.concat(pending, pendingBytes));
  return hash.digest('hex');
}
