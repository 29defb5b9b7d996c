import { DossierError, messageOf } from '../errors.js';
import { withBulkWriteSettings } from '../store/bulk-write.js';
import type { WritableCase } from '../store/case-store.js';
import { originalEntries, readOriginal, readRecords, readRedirects, readTombstones } from './bundle-entries.js';
import { type LocalChangeConsent, LocalChangeGate } from './consent.js';
import type { ConflictChoice } from './field-conflicts.js';
import type { IncomingData } from './incoming.js';
import { applyDismissals, readDismissals } from './dismissals-entry.js';
import { mergeIntoCase } from './merge-into-case.js';
import type { MergeReport } from './merge-report.js';
import {
  DISMISSALS_ENTRY,
  MANIFEST_ENTRY,
  REDIRECTS_ENTRY,
  SIGNATURE_ENTRY,
  TOMBSTONES_ENTRY,
  recordsEntry,
} from './format.js';
import { type OpenBundleOptions, type OpenedBundle, type SignatureStatus, openBundle } from './open-bundle.js';
import { ReadAhead, ReaderThread, mayBeWorthReadingAhead, worthReadingAhead } from './read-ahead.js';
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
  /**
   * Read the records and originals in a worker thread while this one writes (read-ahead.ts):
   * by default for bundles of READ_AHEAD_MIN_BYTES and more. Tests force either way.
   */
  readInWorker?: boolean;
}

/**
 * Imports a `.casebundle` into a case in one pass: every hash, schema and count is checked as
 * the records stream into the merge's one transaction (merge-into-case.ts), so a bundle with any
 * fault writes nothing — the transaction rolls back. Only then is the whole bundle verified, to
 * name every problem in the refusal; a sound bundle is read once, not twice.
 */
export function importBundle(store: WritableCase, path: string, options: ImportBundleOptions = {}): BundleImport {
  // Started first, so that its start-up overlaps the opening; closed below if not wanted.
  const thread = (options.readInWorker ?? mayBeWorthReadingAhead(path)) ? new ReaderThread() : null;
  let bundle: OpenedBundle;
  try {
    bundle = openBundle(path, options);
  } catch (e) {
    thread?.close();
    throw e;
  }
  try {
    if (options.requireTrusted && (bundle.signature.state !== 'valid' || !bundle.signature.trusted)) {
      throw new DossierError(
        'bundle-signature',
        `nothing was imported: ${path} is ${bundle.signature.state === 'valid' ? `signed by an untrusted key (${bundle.signature.fingerprint})` : 'unsigned'}`,
      );
    }
    const reading: { entry: string | null } = { entry: null };
    try {
      return mergeBundle(store, bundle, options, reading, thread);
    } catch (e) {
      if (!(e instanceof DossierError) || e.code !== 'bundle-invalid') throw e;
      const verification = verifyOpened(
        bundle,
        reading.entry === null ? undefined : { entry: reading.entry, problem: messageOf(e) },
      );
      if (verification.ok) throw e;
      const first = verification.problems
        .slice(0, 3)
        .map((p) => p.problem)
        .join('; ');
      throw new DossierError(
        'bundle-invalid',
        `nothing was imported: ${verification.problems.length} problem(s) in ${path}: ${first}`,
      );
    }
  } finally {
    thread?.close();
    bundle.close();
  }
}

/** The checked pass: reads every entry once, merging as it goes; throws on the first fault. */
function mergeBundle(
  store: WritableCase,
  bundle: OpenedBundle,
  options: ImportBundleOptions,
  /** The entry being read, so a fault found in it is not looked for twice. */
  reading: { entry: string | null },
  /** A reading thread already started, if any. */
  thread: ReaderThread | null,
): BundleImport {
  const counts: Record<string, number> = {};
  const read = <T>(entry: string, fn: () => T): T => {
    reading.entry = entry;
    const value = fn();
    reading.entry = null;
    return value;
  };
  const tombstones = read(TOMBSTONES_ENTRY, () => readTombstones(bundle));
  const redirects = read(REDIRECTS_ENTRY, () => readRedirects(bundle));
  counts[TOMBSTONES_ENTRY] = tombstones.length;
  counts[REDIRECTS_ENTRY] = redirects.length;
  const dismissals = readDismissals(bundle);
  const trusted = bundle.signature.state === 'valid' && bundle.signature.trusted !== null;
  const gate = new LocalChangeGate(store.meta().id, options.acceptLocalChanges, trusted);
  const ahead = (options.readInWorker ?? worthReadingAhead(bundle)) ? new ReadAhead(bundle, thread ?? undefined) : null;
  const incoming: IncomingData = {
    label: bundle.path,
    tombstones,
    redirects,
    eachRecord: (kind, fn) => {
      const entry = recordsEntry(kind);
      counts[entry] = read(entry, () => (ahead ? ahead.eachRecord(kind, fn) : readRecords(bundle, kind, fn)));
    },
    eachOriginal: (fn) => {
      if (ahead) {
        try {
          ahead.eachOriginal((entry, sha256, bytes) => {
            fn(sha256, bytes);
            counts[entry] = 1;
          });
        } catch (e) {
          reading.entry = ahead.failedEntry;
          throw e;
        }
        return;
      }
      for (const { entry, sha256 } of originalEntries(bundle)) {
        const bytes = read(entry, () => readOriginal(bundle, entry, sha256));
        fn(sha256, bytes);
        counts[entry] = 1;
      }
    },
  };
  let report: MergeReport;
  try {
    report = writeMerged(store, bundle, incoming, dismissals, gate, options, counts);
  } finally {
    ahead?.close();
  }
  const verification: VerifyResult = {
    path: bundle.path,
    ok: true,
    formatVersion: bundle.manifest.formatVersion,
    encrypted: bundle.encrypted,
    manifest: bundle.manifest,
    signature: bundle.signature,
    counts,
    problems: [],
  };
  return { report, verification, signature: bundle.signature };
}

/** The merge's one transaction: records, originals and dismissals, then the check that every entry was read. */
function writeMerged(
  store: WritableCase,
  bundle: OpenedBundle,
  incoming: IncomingData,
  dismissals: ReturnType<typeof readDismissals>,
  gate: LocalChangeGate,
  options: ImportBundleOptions,
  counts: Record<string, number>,
): MergeReport {
  return withBulkWriteSettings(
    store,
    () =>
      store.transaction(() => {
        const merged = mergeIntoCase(store, incoming, {
          dryRun: options.dryRun,
          gate,
          now: options.now,
          keep: options.keep,
        });
        if (!options.dryRun) applyDismissals(store, dismissals);
        // The single pass is only as safe as it is complete: an entry the merge never read was
        // never checked, so the import must not stand.
        for (const name of bundle.reader.entries.keys()) {
          if (
            counts[name] === undefined &&
            name !== MANIFEST_ENTRY &&
            name !== SIGNATURE_ENTRY &&
            name !== DISMISSALS_ENTRY
          )
            throw new DossierError('internal', `the import did not read bundle entry ${name}`);
        }
        return merged;
      }),
    // The merge checks that every reference resolves (merge-into-case.ts), whatever the case held.
    { referencesCheckedByCaller: true },
  );
}
