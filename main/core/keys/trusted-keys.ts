import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError } from '../errors.js';
import { homeFolder } from '../dossier-home.js';
import { type KeyPair, fingerprintOf, publicKeyFromBase64 } from './key-pair.js';

/** The small file analysts hand each other to be trusted: a name and a public key. */
export const PUBLIC_KEY_FILE_FORMAT = 'dossier-public-key';

const publicKeyFileSchema = z.object({
  format: z.literal(PUBLIC_KEY_FILE_FORMAT),
  version: z.literal(1),
  name: z.string().min(1).max(200),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a base64 Ed25519 public key'),
  fingerprint: z.string().optional(),
});
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

export interface TrustedKey {
  name: string;
  publicKey: string;
  fingerprint: string;
  addedAt: string;
}

const trustedListSchema = z.array(
  z.object({ name: z.string(), publicKey: z.string(), fingerprint: z.string(), addedAt: z.string() }),
);

function listFile(env: NodeJS.ProcessEnv): string {
  return join(homeFolder('keys', env), 'trusted-keys.json');
}

export function trustedKeys(env: NodeJS.ProcessEnv = process.env): TrustedKey[] {
  const file = listFile(env);
  if (!existsSync(file)) return [];
  const parsed = trustedListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new DossierError('internal', `the trusted-keys list at ${file} is damaged`);
  return parsed.data;
}

/** The trusted entry for a public key, or null when the key is not on the list. */
export function findTrusted(publicKeyBase64: string, env: NodeJS.ProcessEnv = process.env): TrustedKey | null {
  return trustedKeys(env).find((k) => k.publicKey === publicKeyBase64) ?? null;
}

/** This installation's public key as a file for colleagues. */
export function publicKeyFileOf(keyPair: KeyPair, name: string): PublicKeyFile {
  return {
    format: PUBLIC_KEY_FILE_FORMAT,
    version: 1,
    name,
    publicKey: keyPair.publicKeyBase64,
    fingerprint: keyPair.fingerprint,
  };
}

/** Reads a colleague's public-key file; refuses anything malformed or whose fingerprint does not match. */
export function readPublicKeyFile(path: string): PublicKeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DossierError('invalid-argument', `${path} is not a Dossier public-key file: ${(e as Error).message}`);
  }
  const parsed = publicKeyFileSchema.safeParse(raw);
  if (!parsed.success) throw new DossierError('invalid-argument', `${path} is not a Dossier public-key file`);
  publicKeyFromBase64(parsed.data.publicKey);
  const fingerprint = fingerprintOf(parsed.data.publicKey);
  if (parsed.data.fingerprint && parsed.data.fingerprint !== fingerprint) {
    throw new DossierError('invalid-argument', `${path}: the fingerprint does not match the key it carries`);
  }
  return { ...parsed.data, fingerprint };
}

/** Adds (or renames) a trusted key; returns the stored entry. */
export function trustKey(file: PublicKeyFile, env: NodeJS.ProcessEnv = process.env): TrustedKey {
  const list = trustedKeys(env).filter((k) => k.publicKey !== file.publicKey);
  const entry: TrustedKey = {
    name: file.name,
    publicKey: file.publicKey,
    fingerprint: fingerprintOf(file.publicKey),
    addedAt: new Date().toISOString(),
  };
  list.push(entry);
  saveList(list, env);
  return entry;
}

/** Removes the key whose fingerprint (spaces optional, any case) or name matches; false if none did. */
export function untrustKey(fingerprintOrName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const want = fingerprintOrName.replace(/\s+/g, '').toUpperCase();
  const list = trustedKeys(env);
  const kept = list.filter((k) => k.fingerprint.replace(/\s+/g, '') !== want && k.name !== fingerprintOrName);
  if (kept.length === list.length) return false;
  saveList(kept, env);
  return true;
}

function saveList(list: TrustedKey[], env: NodeJS.ProcessEnv): void {
  const file = listFile(env);
  // Write-then-rename so a crash never leaves half a list.
  writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
