import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import { originalEntries, readOriginal, readRecords, readRedirects, readTombstones } from './bundle-entries.js';
import { type LocalChangeConsent, LocalChangeGate } from './consent.js';
import type { ConflictChoice } from './field-conflicts.js';
import type { IncomingData } from './incoming.js';
import { applyDismissals, readDismissals } from './dismissals-entry.js';
import { mergeIntoCase } from './merge-into-case.js';
import type { MergeReport } from './merge-report.js';
import { type OpenBundleOptions, type SignatureStatus, openBundle } from './open-bundle.js';
import { type VerifyResult, verifyOpened } from './verify-bundle.js';

export interface BundleImport {
  report: MergeReport;
  verification: VerifyResult;
  signature: SignatureStatus;
}

export interface ImportBundleOptions extends OpenBundleOptions {
  dryRun?: boolean;
  /** Refuse bundles that are unsigned or signed by a key not on the trusted list. */
  requireTrusted?: boolean;
  /**
   * The analyst's consent to deletions, rewrites and merges of the case's own records (see
   * consent.ts): true for all, or the ids accepted (others are held back). Without it, an
   * import that would change them is refused unless a trusted key signed the bundle.
   */
  acceptLocalChanges?: LocalChangeConsent;
  /** The import's clock (tests). */
  now?: Date;
  /** Per conflicting record id: keep this case's value or the incoming one. */
  keep?: Readonly<Record<string, ConflictChoice>>;
}

/**
 * Imports a `.casebundle` into a case: the whole bundle is verified first (nothing is written if
 * any check fails), then merged in one transaction (merge-into-case.ts), re-checking hashes and
 * schemas as the records stream in.
 */
export function importBundle(store: WritableCase, path: string, options: ImportBundleOptions = {}): BundleImport {
  const bundle = openBundle(path, options);
  try {
    const verification = verifyOpened(bundle);
    if (!verification.ok) {
      const first = verification.problems
        .slice(0, 3)
        .map((p) => p.problem)
        .join('; ');
      throw new DossierError(
        'bundle-invalid',
        `nothing was imported: ${verification.problems.length} problem(s) in ${path}: ${first}`,
      );
    }
    if (options.requireTrusted && (bundle.signature.state !== 'valid' || !bundle.signature.trusted)) {
      throw new DossierError(
        'bundle-signature',
        `nothing was imported: ${path} is ${bundle.signature.state === 'valid' ? `signed by an untrusted key (${bundle.signature.fingerprint})` : 'unsigned'}`,
      );
    }
    const incoming: IncomingData = {
      label: path,
      tombstones: readTombstones(bundle),
      redirects: readRedirects(bundle),
      eachRecord: (kind, fn) => void readRecords(bundle, kind, fn),
      eachOriginal: (fn) => {
        for (const { entry, sha256 } of originalEntries(bundle)) fn(sha256, readOriginal(bundle, entry, sha256));
      },
    };
    const dismissals = readDismissals(bundle);
    const trusted = bundle.signature.state === 'valid' && bundle.signature.trusted !== null;
    const gate = new LocalChangeGate(store.meta().id, options.acceptLocalChanges, trusted);
    const report = store.transaction(() => {
      const merged = mergeIntoCase(store, incoming, {
        dryRun: options.dryRun,
        gate,
        now: options.now,
        keep: options.keep,
      });
      if (!options.dryRun) applyDismissals(store, dismissals);
      return merged;
    });
    return { report, verification, signature: bundle.signature };
  } finally {
    bundle.close();
  }
}
