import { z } from 'zod';
import { exchangeFormatSchema, type ExchangeFormat } from '../../lib/vocabulary/index.js';
import { recordId, tlp, type Tlp } from './common.js';
import { method, returns } from './define.js';

export type { ExchangeFormat };

export interface BundleSignatureInfo {
  state: 'unsigned' | 'valid';
  fingerprint: string | null;
  /** The name the analyst trusted this key under; null when the key is not on the trusted list. */
  trustedAs: string | null;
}

export interface BundleVerification {
  ok: boolean;
  formatVersion: number;
  caseTitle: string;
  createdAt: string;
  tlp: Tlp;
  encrypted: boolean;
  redacted: boolean;
  signature: BundleSignatureInfo;
  entries: number;
  problems: { entry: string; problem: string }[];
}

export interface ExchangeOutcome {
  new: number;
  updated: number;
  conflicting: number;
  unchanged: number;
  deleted: number;
}

/** A deletion, rewrite or merge of one of the case's own records that an import would make. */
export interface LocalChangeInfo {
  action: 'delete' | 'rewrite' | 'redirect';
  kind: string;
  id: string;
  label: string;
  detail: string;
  /** needs-consent: nothing is imported until the analyst accepts it (or the signer is trusted). */
  status: 'trusted-signer' | 'accepted' | 'needs-consent' | 'held-back';
}

export interface ImportResult {
  format: ExchangeFormat;
  dryRun: boolean;
  signature: BundleSignatureInfo | null;
  totals: ExchangeOutcome;
  kinds: Record<string, ExchangeOutcome>;
  /** Where both sides changed a field: both values, and which was kept (pass `keep` to choose). */
  conflicts: {
    kind: string;
    id: string;
    reason: string;
    label?: string;
    fields?: { field: string; here: unknown; incoming: unknown }[];
    kept?: 'here' | 'incoming';
  }[];
  possibleDuplicates: { incomingId: string; existingId: string; type: string; label: string; reason: string }[];
  skipped: Record<string, number>;
  /** What the import changed about the file or folded on the way in (e.g. a STIX 2.0 upgrade); empty for bundles. */
  notes: string[];
  localChanges: LocalChangeInfo[];
  /** Records removed or not brought in because what they hang on was deleted, named. */
  lost: { kind: string; id: string; label: string; reason: string }[];
  timestampsCapped: number;
  textsKept: number;
  /** Pass to undo to take the whole import back; null for dry runs. */
  operationId: string | null;
}

export interface ExportResult {
  files: string[];
  format: ExchangeFormat;
  summary: string;
  signedBy: string | null;
}

export interface SigningKeyInfo {
  fingerprint: string;
  trusted: { name: string; fingerprint: string; addedAt: string }[];
}

const path = z.string().min(1).max(4096);
const passphrase = z.string().min(1).max(1024).optional();
const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case') }).strict(),
  z.object({ kind: z.literal('chart'), chartId: recordId }).strict(),
  z.object({ kind: z.literal('selection'), ids: z.array(recordId).min(1).max(100_000) }).strict(),
]);

/** Case bundles and interchange formats: export, verify, import (merge) and signing keys. */
export const bundleMethods = {
  'bundle:export': method(
    z
      .object({
        path,
        format: exchangeFormatSchema.optional(),
        scope: scope.default({ kind: 'case' }),
        tlp: tlp.optional(),
        sign: z.boolean().default(false),
        redact: z.boolean().default(false),
        passphrase,
      })
      .strict(),
    returns<ExportResult>(),
  ),
  'bundle:verify': method(z.object({ path, passphrase }).strict(), returns<BundleVerification>()),
  /** Merges a bundle, STIX, FtM, diagram, GraphML or CSV file into the open case; the format is read from the content. */
  'bundle:import': method(
    z
      .object({
        path,
        dryRun: z.boolean().default(false),
        passphrase,
        requireTrusted: z.boolean().default(false),
        /** Consent to change the case's own records: true for all listed in the preview, or the ids accepted. */
        acceptLocalChanges: z.union([z.boolean(), z.array(recordId).max(100_000)]).optional(),
        /** Per conflicting record id: keep this case's value or the incoming one (default: the later edit). */
        keep: z.record(recordId, z.enum(['here', 'incoming'])).optional(),
      })
      .strict(),
    returns<ImportResult>(),
  ),
  'bundle:keys': method(z.object({}).strict(), returns<SigningKeyInfo>()),
};
