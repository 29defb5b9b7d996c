import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { bundleMethods, BundleSignatureInfo, ImportResult } from '../../preload/contract/bundle.js';
import { exportBundle } from '../core/bundle/export-bundle.js';
import { importBundle } from '../core/bundle/import-bundle.js';
import { type MergeReport, totals } from '../core/bundle/merge-report.js';
import type { SignatureStatus } from '../core/bundle/open-bundle.js';
import { verifyBundle } from '../core/bundle/verify-bundle.js';
import { exportInterchangeFile } from '../core/interchange/export-interchange.js';
import { detectImportFormat, exportFormatOf } from '../core/interchange/formats.js';
import { importInterchange } from '../core/interchange/import-interchange.js';
import { loadOrCreateKeyPair } from '../core/keys/key-pair.js';
import { trustedKeys } from '../core/keys/trusted-keys.js';
import { RECORD_KINDS } from '../core/store/record-kinds.js';
import type { DomainHandlers } from './define.js';

function signatureInfo(s: SignatureStatus): BundleSignatureInfo {
  return s.state === 'valid'
    ? { state: 'valid', fingerprint: s.fingerprint, trustedAs: s.trusted?.name ?? null }
    : { state: 'unsigned', fingerprint: null, trustedAs: null };
}

function result(
  format: ImportResult['format'],
  report: MergeReport,
  signature: BundleSignatureInfo | null,
  skipped: Record<string, number>,
  notes: string[] = [],
): ImportResult {
  return {
    format,
    dryRun: report.dryRun,
    signature,
    totals: totals(report),
    kinds: report.kinds,
    conflicts: report.conflicts,
    possibleDuplicates: report.possibleDuplicates,
    skipped,
    notes,
    localChanges: report.localChanges,
    lost: report.lost,
    timestampsCapped: report.timestampsCapped,
    textsKept: report.textsKept,
    operationId: report.operationId,
  };
}

/** Bundles and interchange from the app: thin wiring over main/core/bundle and main/core/interchange. */
export const bundleHandlers: DomainHandlers<typeof bundleMethods> = {
  'bundle:export': async ({ path, format, scope, tlp, sign, redact, passphrase }, ctx) => {
    const store = ctx.session.require();
    ctx.grants.require(path, 'Export');
    // The browser host's exports folder is made on first use.
    const exportsFolder = join(ctx.paths.cases, 'exports');
    if (dirname(path) === exportsFolder) mkdirSync(exportsFolder, { recursive: true });
    const chosen = exportFormatOf(path, format);
    const coreScope = scope.kind === 'chart' ? { kind: 'chart' as const, chart: scope.chartId } : scope;
    if (chosen === 'casebundle') {
      const r = exportBundle(store, path, {
        scope: coreScope,
        tlp,
        redact,
        sign: sign ? loadOrCreateKeyPair() : undefined,
        encrypt: passphrase ? { passphrase } : undefined,
      });
      return { files: [path], format: chosen, summary: `${r.bytes} bytes`, signedBy: r.signedBy };
    }
    const r = await exportInterchangeFile(store, path, chosen, { scope: coreScope, tlp });
    return { files: r.files, format: chosen, summary: r.summary, signedBy: null };
  },
  'bundle:verify': ({ path, passphrase }, ctx) => {
    const r = verifyBundle(ctx.grants.require(path, 'Check bundle'), { passphrase });
    return {
      ok: r.ok,
      formatVersion: r.formatVersion,
      caseTitle: r.manifest.case.title,
      createdAt: r.manifest.createdAt,
      tlp: r.manifest.tlp,
      encrypted: r.encrypted,
      redacted: r.manifest.redacted,
      signature: signatureInfo(r.signature),
      entries: Object.keys(r.manifest.entries).length,
      problems: r.problems,
    };
  },
  'bundle:import': ({ path, dryRun, passphrase, requireTrusted, acceptLocalChanges, keep }, ctx) => {
    const store = ctx.session.requireWritable();
    ctx.grants.require(path, 'Import bundle');
    const format = detectImportFormat(path);
    const out =
      format === 'casebundle'
        ? (() => {
            const r = importBundle(store, path, { dryRun, passphrase, requireTrusted, acceptLocalChanges, keep });
            return result(format, r.report, signatureInfo(r.signature), {});
          })()
        : (() => {
            const r = importInterchange(store, path, format, { dryRun, keep });
            return result(format, r, null, r.skipped, r.notes);
          })();
    if (!dryRun) ctx.changed([...RECORD_KINDS]);
    return out;
  },
  'bundle:keys': () => {
    const key = loadOrCreateKeyPair();
    return {
      fingerprint: key.fingerprint,
      trusted: trustedKeys().map(({ name, fingerprint, addedAt }) => ({ name, fingerprint, addedAt })),
    };
  },
};
