import { z } from 'zod';
import { tlpSchema } from '../../../lib/vocabulary/index.js';
import { isRecordId } from '../ids.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { RecordKind } from '../store/records.js';

/**
 * The `.casebundle` layout. A zip holding:
 *   manifest.json            what is inside, with the SHA-256 and size of every other entry
 *   signature.json           Ed25519 signature of manifest.json's exact bytes (optional)
 *   records/<kind>.jsonl     one JSON record per line, per record kind (charts and chartNodes
 *                            are the chart layouts: viewport, node positions and styles)
 *   tombstones.jsonl         deletions, so they travel
 *   redirects.jsonl          merge redirects (merged-away id → survivor)
 *   dismissals.jsonl         pairs dismissed from the duplicates queue (only when any)
 *   originals/<sha256>       original document bytes, by hash (left out when redacted)
 */
export const BUNDLE_FORMAT = 'dossier-casebundle';
/** Bump on any change an older reader would misread; readers refuse versions above theirs. */
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const TOMBSTONES_ENTRY = 'tombstones.jsonl';
export const REDIRECTS_ENTRY = 'redirects.jsonl';
/** Pairs the analyst said are not duplicates (dismissals-entry.ts); present only when there are any. */
export const DISMISSALS_ENTRY = 'dismissals.jsonl';
export const recordsEntry = (kind: RecordKind): string => `records/${kind}.jsonl`;
export const originalEntry = (sha256: string): string => `originals/${sha256}`;
export const ORIGINAL_ENTRY_PATTERN = /^originals\/([0-9a-f]{64})$/;

/** Bounds a bundle must stay within to be read at all (zip-bomb and resource guards; see limits.ts). */
export const LIMITS: Readonly<{
  [
    K in
      | 'maxEntries'
      | 'maxEntryBytes'
      | 'maxOriginalBytes'
      | 'maxTotalBytes'
      | 'maxCompressionRatio'
      | 'maxBundleRatio'
      | 'maxManifestBytes'
      | 'maxLineBytes'
      | 'inflateInMemoryBytes'
  ]: number;
}> = {
  /** Zip without zip64 holds at most 65,535 entries; the export refuses past this. */
  maxEntries: 65_535,
  /** Largest single entry, uncompressed. */
  maxEntryBytes: 2 * 1024 ** 3,
  /** Largest original file: above ingest's 200 MB limit, and held whole while it is written to the case. */
  maxOriginalBytes: 256 * 1024 ** 2,
  /** Largest total uncompressed size. */
  maxTotalBytes: 16 * 1024 ** 3,
  /** Uncompressed/compressed beyond this (for entries over 1 MiB) is treated as a zip bomb. */
  maxCompressionRatio: 200,
  /** The same for the whole bundle (once it unpacks past 256 MiB): honest bundles expand a few times, not fifty. */
  maxBundleRatio: 50,
  /** A manifest lists at most 65,535 entries of about 120 bytes. */
  maxManifestBytes: 16 * 1024 ** 2,
  /** One JSON line (one record): a document's text travels in one line, so this also bounds text size. */
  maxLineBytes: 32 * 1024 ** 2,
  /** Entries up to this size are inflated in one call (zlib, fast); larger ones stream (fflate). */
  inflateInMemoryBytes: 64 * 1024 ** 2,
};
export type BundleLimits = typeof LIMITS;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.number().int().positive(),
    case: z.object({ id: z.string().refine(isRecordId, 'not a UUIDv7 case id'), title: z.string() }).strict(),
    appVersion: z.string(),
    createdAt: z.string(),
    tlp: tlpSchema,
    scope: z
      .object({
        kind: z.enum(['case', 'chart', 'selection']),
        chartId: z.string().optional(),
        chartName: z.string().optional(),
      })
      .strict(),
    redacted: z.boolean(),
    counts: z.record(z.number().int().nonnegative()),
    entries: z.record(z.object({ sha256, size: z.number().int().nonnegative() }).strict()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export const signatureSchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    publicKey: z.string(),
    fingerprint: z.string(),
    signature: z.string(),
  })
  .strict();
export type BundleSignature = z.infer<typeof signatureSchema>;

/** Every entry name a well-formed bundle may contain (besides manifest and signature). */
export function isKnownEntryName(name: string): boolean {
  if (name === TOMBSTONES_ENTRY || name === REDIRECTS_ENTRY || name === DISMISSALS_ENTRY) return true;
  if (ORIGINAL_ENTRY_PATTERN.test(name)) return true;
  return RECORD_KINDS.some((k) => recordsEntry(k) === name);
}
