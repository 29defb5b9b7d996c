import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../errors.js';
import { homeFolder } from '../dossier-home.js';

/** This installation's signing identity. */
export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte Ed25519 public key, base64: what travels in bundles and key files. */
  publicKeyBase64: string;
  fingerprint: string;
}

const KEY_FILE = 'signing-key.pem';

/** Loads the installation's key pair, creating it (owner-readable only) on first use. */
export function loadOrCreateKeyPair(env: NodeJS.ProcessEnv = process.env): KeyPair {
  const file = join(homeFolder('keys', env), KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(file));
  } catch (e) {
    throw new DossierError('internal', `the signing key at ${file} cannot be read: ${(e as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new DossierError('internal', `the signing key at ${file} is not an Ed25519 key`);
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyBase64 = rawPublicKey(publicKey).toString('base64');
  return { privateKey, publicKey, publicKeyBase64, fingerprint: fingerprintOf(publicKeyBase64) };
}

/** The 32 raw key bytes (the last 32 bytes of the SPKI encoding of an Ed25519 key). */
function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** A public key object from its raw base64 form; a clear error if it is not one. */
export function publicKeyFromBase64(base64: string): KeyObject {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) throw new DossierError('bundle-signature', 'the public key is not a 32-byte Ed25519 key');
  // SPKI header for Ed25519 (RFC 8410), followed by the 32 key bytes.
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/**
 * How people compare keys by eye or over the phone: the first 20 bytes of the SHA-256 of the
 * raw public key, as ten groups of four hex digits.
 */
export function fingerprintOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 40);
  return hex.match(/.{4}/g)!.join(' ').toUpperCase();
}

export function signBytes(bytes: Uint8Array, keyPair: KeyPair): string {
  return sign(null, bytes, keyPair.privateKey).toString('base64');
}

export function verifyBytes(bytes: Uint8Array, signatureBase64: string, publicKeyBase64: string): boolean {
  try {
    return verify(null, bytes, publicKeyFromBase64(publicKeyBase64), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
