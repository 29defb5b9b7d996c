import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { DossierError } from '../errors.js';
import { LIMITS } from './format.js';
import type { ZipFileReader } from './zip-reader.js';

/**
 * Streams one JSON-lines entry: each line parsed and handed to `onValue` with its line number,
 * while the entry's SHA-256 is computed. Returns the hash so the caller can compare it with the
 * manifest. Bad JSON or an over-long line is refused naming the entry and line.
 */
export function readJsonLines(
  reader: ZipFileReader,
  entry: string,
  onValue: (value: unknown, line: number) => void,
): string {
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  const take = (text: string): void => {
    line++;
    if (text.length === 0) return;
    // JSON.parse keeps "__proto__" as a plain key, but copying such an object (as schema
    // parsing does) would swap its prototype: no honest record needs that key.
    if (text.includes('"__proto__"')) throw new DossierError('bundle-invalid', `${entry} line ${line} uses the forbidden key "__proto__"`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new DossierError('bundle-invalid', `${entry} line ${line} is not valid JSON`);
    }
    onValue(value, line);
  };
  reader.read(entry, (chunk) => {
    hash.update(chunk);
    const text = rest + decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rest.length > LIMITS.maxLineBytes) throw new DossierError('bundle-invalid', `${entry} line ${line + 1} is too long`);
  });
  rest += decoder.end();
  if (rest.length) take(rest);
  return hash.digest('hex');
}
