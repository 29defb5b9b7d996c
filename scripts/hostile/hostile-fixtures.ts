import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { entityRecord, manifestBytes, repeatedEntry } from './craft-bundle.js';
import { storedEntry, writeRawZip } from './raw-zip.js';

/** One hostile input: how to build it and how to import it. */
export interface HostileFixture {
  name: string;
  attack: string;
  /** Writes the input into `dir`; returns its path. */
  build(dir: string): string;
  /** importBundle options (passphrase, consent …). */
  options?: Record<string, unknown>;
  /** True when the input is large enough that it is generated at test time and never committed. */
  large?: boolean;
}

const MiB = 1024 * 1024;

/** An encrypted-bundle header asking scrypt for N=2^20, r=32, p=16: 4 GiB before any passphrase check. */
function kdfBomb(dir: string): string {
  const path = join(dir, 'kdf-bomb.casebundle');
  const header = Buffer.from(JSON.stringify({
    cipher: 'aes-256-gcm', kdf: 'scrypt', N: 2 ** 20, r: 32, p: 16, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA', keyCheck: 'AAAA',
  }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  writeFileSync(path, Buffer.concat([Buffer.from('DOSSIER-ENCRYPTED-BUNDLE\n', 'latin1'), length, header, Buffer.alloc(16)]));
  return path;
}

/** 2 GiB of zeros in records/document.jsonl, padded so it compresses 199:1 (just under the per-entry bound). */
function zipBomb(dir: string): string {
  const path = join(dir, 'zip-bomb-199.casebundle');
  const bomb = repeatedEntry('records/document.jsonl', Buffer.alloc(64 * MiB), 32, 199);
  writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [bomb.name]: { size: bomb.size } })), bomb]);
  return path;
}

/** One JSON line of 200 MB (an entity whose label is 200 MB), compressing about 100:1. */
function longLine(dir: string): string {
  const path = join(dir, 'line-200mb.casebundle');
  const head = Buffer.from(JSON.stringify(entityRecord({ label: '' })).replace('"label":""', '"label":"'));
  // A chunk that compresses well but not absurdly: 'a's with a varying letter every 512 bytes.
  const chunk = Buffer.alloc(MiB, 'a');
  for (let i = 0; i < chunk.length; i += 512) chunk[i] = 98 + ((i / 512) % 20);
  const body = repeatedEntry('records/entity.jsonl', chunk, 200);
  // The line never closes: the label runs to the end of the entry, so no honest reader should get that far.
  body.data.unshift(...repeatedEntry('x', head, 1).data.slice(0, 1));
  body.size += head.length;
  let crc = crc32(head);
  for (let i = 0; i < 200; i++) crc = crc32(chunk, crc);
  body.crc = crc;
  writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [body.name]: { size: body.size } })), body]);
  return path;
}

export const HOSTILE_FIXTURES: HostileFixture[] = [
  { name: 'kdf-bomb', attack: 'encrypted header asks scrypt for 4 GiB (N=2^20, r=32, p=16)', build: kdfBomb, options: { passphrase: 'any' } },
  { name: 'zip-bomb-199', attack: '2 GiB of zeros padded to 199:1', build: zipBomb, large: true },
  { name: 'line-200mb', attack: 'one 200 MB JSON line', build: longLine, large: true },
];
