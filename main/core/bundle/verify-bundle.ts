import { DossierError, messageOf } from '../errors.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import { hashOriginal, originalEntries, readRecords, readRedirects, readTombstones } from './bundle-entries.js';
import { type Manifest, REDIRECTS_ENTRY, TOMBSTONES_ENTRY, recordsEntry } from './format.js';
import { type OpenBundleOptions, type OpenedBundle, type SignatureStatus, openBundle } from './open-bundle.js';

export interface VerifyProblem {
  entry: string;
  problem: string;
}

export interface VerifyResult {
  path: string;
  ok: boolean;
  formatVersion: number;
  encrypted: boolean;
  manifest: Manifest;
  signature: SignatureStatus;
  /** Records found per entry. */
  counts: Record<string, number>;
  problems: VerifyProblem[];
}

/**
 * Checks a bundle end to end without touching any case: structure and signature (openBundle),
 * then every entry's hash and every record's schema. Structural problems throw at once (the
 * bundle cannot be read safely); content problems are collected so the report names every bad
 * entry.
 */
export function verifyBundle(path: string, options: OpenBundleOptions = {}): VerifyResult {
  const bundle = openBundle(path, options);
  try {
    return verifyOpened(bundle);
  } finally {
    bundle.close();
  }
}

/**
 * `known` is a problem already found in one entry (by an import's checked pass): that entry is
 * not read again, so a hostile entry costs its reading once, not twice.
 */
export function verifyOpened(bundle: OpenedBundle, known?: VerifyProblem): VerifyResult {
  const problems: VerifyProblem[] = [];
  const counts: Record<string, number> = {};
  const attempt = (entry: string, fn: () => number): void => {
    if (known?.entry === entry) {
      problems.push(known);
      return;
    }
    try {
      counts[entry] = fn();
    } catch (e) {
      if (!(e instanceof DossierError) || e.code !== 'bundle-invalid') throw e;
      problems.push({ entry, problem: messageOf(e) });
    }
  };
  attempt(TOMBSTONES_ENTRY, () => readTombstones(bundle).length);
  attempt(REDIRECTS_ENTRY, () => readRedirects(bundle).length);
  for (const kind of RECORD_KINDS) {
    attempt(recordsEntry(kind), () => readRecords(bundle, kind, () => undefined));
  }
  for (const { entry, sha256 } of originalEntries(bundle)) {
    attempt(entry, () => {
      hashOriginal(bundle, entry, sha256);
      return 1;
    });
  }
  return {
    path: bundle.path,
    ok: problems.length === 0,
    formatVersion: bundle.manifest.formatVersion,
    encrypted: bundle.encrypted,
    manifest: bundle.manifest,
    signature: bundle.signature,
    counts,
    problems,
  };
}
