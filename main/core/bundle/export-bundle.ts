import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_VERSION } from '../app-version.js';
import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import { type KeyPair, signBytes } from '../keys/key-pair.js';
import type { ReadableCase } from '../store/case-store.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { RecordKind, Tlp } from '../store/records.js';
import { dismissalLines, dismissalsToExport } from './dismissals-entry.js';
import { type ScryptCost, encryptFile } from './encryption.js';
import { formatBytes } from './limits.js';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DISMISSALS_ENTRY,
  LIMITS,
  MANIFEST_ENTRY,
  type Manifest,
  REDIRECTS_ENTRY,
  SIGNATURE_ENTRY,
  TOMBSTONES_ENTRY,
  type BundleSignature,
  originalEntry,
  recordsEntry,
} from './format.js';
import { type ExportScope, selectRecords } from './select.js';
import { checkTlp } from './tlp-check.js';
import { ZipFileWriter } from './zip-writer.js';

export interface ExportOptions {
  scope?: ExportScope;
  /** The bundle's marking; defaults to the case's. Records marked above it are refused. */
  tlp?: Tlp;
  /** Leave original document bytes out. */
  redact?: boolean;
  sign?: KeyPair;
  encrypt?: { passphrase: string; cost?: ScryptCost };
  /** Deflate level (default 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export interface ExportResult {
  path: string;
  bytes: number;
  manifest: Manifest;
  signedBy: string | null;
}

/** Writes a `.casebundle` of a case, a chart or a selection (see format.ts for the layout). */
export function exportBundle(store: ReadableCase, outPath: string, options: ExportOptions = {}): ExportResult {
  const meta = store.meta();
  const scope = options.scope ?? { kind: 'case' };
  const tlp = options.tlp ?? meta.tlp;
  const { selection, chartId, chartName } = selectRecords(store, scope);
  checkTlp(store, selection, tlp);

  const tempDir = options.encrypt ? mkdtempSync(join(tmpdir(), 'dossier-export-')) : null;
  const zipPath = tempDir ? join(tempDir, 'bundle.zip') : outPath;
  const zip = new ZipFileWriter(zipPath, options.level ?? 6);
  try {
    const entries: Manifest['entries'] = {};
    const counts: Record<string, number> = {};
    const hashes = new Set<string>();
    for (const kind of RECORD_KINDS) {
      const sink = zip.entry(recordsEntry(kind));
      let n = 0;
      const wanted = selection?.[kind];
      for (const record of store.iterate(kind)) {
        if (wanted && !wanted.has(record.id)) continue;
        const line = JSON.stringify(record);
        // Readers refuse longer lines (limits.ts): better a clear refusal now than a bundle nobody can import.
        if (line.length > LIMITS.maxLineBytes / 3 && Buffer.byteLength(line) > LIMITS.maxLineBytes) {
          throw new DossierError(
            'unsupported',
            `${kind} ${record.id} takes ${formatBytes(Buffer.byteLength(line))}, more than the ${formatBytes(LIMITS.maxLineBytes)} one record may take in a bundle`,
          );
        }
        sink.write(`${line}\n`);
        if (kind === 'document') hashes.add((record as { sha256: string }).sha256);
        n++;
      }
      entries[recordsEntry(kind)] = sink.end();
      counts[kind as RecordKind] = n;
    }
    const included = (id: string): boolean => !selection || RECORD_KINDS.some((k) => selection[k].has(id));
    const tombstones = selection ? [] : store.tombstones();
    const redirects = store.redirects().filter((r) => included(r.toId));
    entries[TOMBSTONES_ENTRY] = zip.bytes(TOMBSTONES_ENTRY, tombstones.map((t) => `${JSON.stringify(t)}\n`).join(''));
    entries[REDIRECTS_ENTRY] = zip.bytes(REDIRECTS_ENTRY, redirects.map((r) => `${JSON.stringify(r)}\n`).join(''));
    counts.tombstones = tombstones.length;
    counts.redirects = redirects.length;
    const dismissals = dismissalsToExport(store, included);
    if (dismissals.length) entries[DISMISSALS_ENTRY] = zip.bytes(DISMISSALS_ENTRY, dismissalLines(dismissals));
    if (dismissals.length) counts.dismissals = dismissals.length;
    let originals = 0;
    if (!options.redact && hashes.size + RECORD_KINDS.length + 4 > LIMITS.maxEntries) {
      throw new DossierError(
        'unsupported',
        `${hashes.size} original files are more than one bundle can hold; export with redaction or in parts (by chart or selection)`,
      );
    }
    if (!options.redact) {
      for (const sha256 of [...hashes].sort()) {
        const bytes = store.original(sha256);
        if (!bytes) continue;
        entries[originalEntry(sha256)] = zip.bytes(originalEntry(sha256), bytes);
        originals++;
      }
    }
    counts.originals = originals;
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      case: { id: meta.id, title: meta.title },
      appVersion: APP_VERSION,
      createdAt: nowIso(),
      tlp,
      scope: { kind: scope.kind, ...(chartId ? { chartId, chartName } : {}) },
      redacted: !!options.redact,
      counts,
      entries,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
    zip.bytes(MANIFEST_ENTRY, manifestBytes);
    if (options.sign) {
      const signature: BundleSignature = {
        algorithm: 'Ed25519',
        publicKey: options.sign.publicKeyBase64,
        fingerprint: options.sign.fingerprint,
        signature: signBytes(manifestBytes, options.sign),
      };
      zip.bytes(SIGNATURE_ENTRY, JSON.stringify(signature, null, 2));
    }
    zip.finish();
    if (options.encrypt) encryptFile(zipPath, outPath, options.encrypt.passphrase, options.encrypt.cost);
    return { path: outPath, bytes: statSync(outPath).size, manifest, signedBy: options.sign?.fingerprint ?? null };
  } catch (e) {
    zip.abort();
    throw e instanceof DossierError ? e : new DossierError('internal', `export failed: ${(e as Error).message}`);
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
