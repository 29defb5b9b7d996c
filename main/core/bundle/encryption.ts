import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { DossierError } from '../errors.js';
import { MAX_SCRYPT, checkScryptCost } from './limits.js';

/**
 * An encrypted bundle wraps the whole zip: MAGIC, a 4-byte header length, a JSON header (scrypt
 * parameters, salt, IV, key check), the AES-256-GCM ciphertext, then the 16-byte tag. The header
 * is authenticated too (GCM additional data). scrypt yields 64 bytes: the first 32 are the key;
 * a hash of the last 32 lets a wrong passphrase be told apart from a tampered file.
 */
const MAGIC = Buffer.from('DOSSIER-ENCRYPTED-BUNDLE\n', 'latin1');
const TAG_BYTES = 16;
const CHUNK = 1 << 20;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** OWASP's recommended scrypt cost; about half a second here. */
export const DEFAULT_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const headerSchema = z
  .object({
    cipher: z.literal('aes-256-gcm'),
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(MAX_SCRYPT.N),
    r: z.number().int().min(1).max(MAX_SCRYPT.r),
    p: z.literal(MAX_SCRYPT.p),
    salt: z.string(),
    iv: z.string(),
    keyCheck: z.string(),
  })
  .strict();

function deriveKey(passphrase: string, salt: Buffer, cost: ScryptCost): { key: Buffer; check: Buffer } {
  const out = scryptSync(passphrase.normalize('NFC'), salt, 64, { ...cost, maxmem: 256 * cost.N * cost.r + (1 << 20) });
  return { key: out.subarray(0, 32), check: createHash('sha256').update(out.subarray(32)).digest() };
}

export function isEncryptedBundle(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(MAGIC.length);
    return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Encrypts `plainPath` into `outPath` (streamed; written to a .partial file, then renamed). */
export function encryptFile(
  plainPath: string,
  outPath: string,
  passphrase: string,
  cost: ScryptCost = DEFAULT_SCRYPT,
): void {
  if (!passphrase) throw new DossierError('invalid-argument', 'an empty passphrase cannot encrypt a bundle');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = deriveKey(passphrase, salt, cost);
  const header = Buffer.from(
    JSON.stringify({
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      ...cost,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      keyCheck: check.toString('base64'),
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const prefix = Buffer.concat([MAGIC, length, header]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(prefix);
  const partial = `${outPath}.partial`;
  const inFd = openSync(plainPath, 'r');
  const outFd = openSync(partial, 'w');
  try {
    writeSync(outFd, prefix);
    const buf = Buffer.alloc(CHUNK);
    for (let n; (n = readSync(inFd, buf, 0, CHUNK, null)) > 0;) writeSync(outFd, cipher.update(buf.subarray(0, n)));
    writeSync(outFd, cipher.final());
    writeSync(outFd, cipher.getAuthTag());
  } catch (e) {
    closeSync(outFd);
    rmSync(partial, { force: true });
    throw e;
  } finally {
    closeSync(inFd);
  }
  closeSync(outFd);
  renameSync(partial, outPath);
}

/**
 * Decrypts `encPath` into `plainPath`. A wrong passphrase is reported as such before anything is
 * decrypted; a file altered after encryption fails the GCM tag and nothing is left behind.
 */
export function decryptFile(encPath: string, plainPath: string, passphrase: string | undefined): void {
  if (!passphrase)
    throw new DossierError(
      'wrong-passphrase',
      'this bundle is encrypted: a passphrase is needed (set DOSSIER_PASSPHRASE)',
    );
  const inFd = openSync(encPath, 'r');
  try {
    const size = fstatSync(inFd).size;
    const lenBuf = Buffer.alloc(4);
    readSync(inFd, lenBuf, 0, 4, MAGIC.length);
    const headerLength = lenBuf.readUInt32BE(0);
    const bodyStart = MAGIC.length + 4 + headerLength;
    if (headerLength > 4096 || bodyStart + TAG_BYTES > size)
      throw new DossierError('bundle-invalid', 'the encrypted bundle is truncated or damaged');
    const headerBytes = Buffer.alloc(headerLength);
    readSync(inFd, headerBytes, 0, headerLength, MAGIC.length + 4);
    let raw: unknown;
    try {
      raw = JSON.parse(headerBytes.toString('utf8'));
    } catch {
      throw new DossierError('bundle-invalid', 'the encrypted bundle header is damaged');
    }
    // Before deriving: a hostile header can ask scrypt for gigabytes and minutes.
    checkScryptCost(raw);
    const parsed = headerSchema.safeParse(raw);
    if (!parsed.success) throw new DossierError('bundle-invalid', 'the encrypted bundle header is damaged');
    const header = parsed.data;
    const { key, check } = deriveKey(passphrase, Buffer.from(header.salt, 'base64'), header);
    const expected = Buffer.from(header.keyCheck, 'base64');
    if (expected.length !== check.length || !timingSafeEqual(expected, check)) {
      throw new DossierError('wrong-passphrase', 'wrong passphrase: this bundle cannot be decrypted with it');
    }
    const tag = Buffer.alloc(TAG_BYTES);
    readSync(inFd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(Buffer.concat([MAGIC, lenBuf, headerBytes]));
    decipher.setAuthTag(tag);
    const partial = `${plainPath}.partial`;
    const outFd = openSync(partial, 'w', 0o600);
    try {
      const buf = Buffer.alloc(CHUNK);
      for (let at = bodyStart; at < size - TAG_BYTES;) {
        const n = readSync(inFd, buf, 0, Math.min(CHUNK, size - TAG_BYTES - at), at);
        if (n === 0) break;
        writeSync(outFd, decipher.update(buf.subarray(0, n)));
        at += n;
      }
      try {
        writeSync(outFd, decipher.final());
      } catch {
        throw new DossierError(
          'bundle-invalid',
          'the encrypted bundle was altered or damaged after it was encrypted (authentication failed)',
        );
      }
    } catch (e) {
      closeSync(outFd);
      rmSync(partial, { force: true });
      throw e;
    }
    closeSync(outFd);
    renameSync(partial, plainPath);
  } finally {
    closeSync(inFd);
  }
}
