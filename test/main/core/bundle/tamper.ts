import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { type ImportBundleOptions, importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { buildSampleCase } from './sample-case.js';

/** The sample case exported unsigned, and its entries unpacked for tampering. */
export function exported(dir: string): { path: string; entries: Record<string, Uint8Array> } {
  const { store } = buildSampleCase(dir, 'source.dossier');
  const path = join(dir, 'sample.casebundle');
  exportBundle(store, path);
  store.close();
  return { path, entries: unzipSync(readFileSync(path)) };
}

/** The same entries zipped again, with some replaced (the manifest still lists the old hashes). */
export function tampered(
  dir: string,
  entries: Record<string, Uint8Array>,
  changes: Record<string, Uint8Array>,
): string {
  const path = join(dir, `tampered-${Object.keys(changes).join('-').replace(/\W/g, '')}.casebundle`);
  writeFileSync(path, zipSync({ ...entries, ...changes }));
  return path;
}

/** The error an import of `path` is refused with; fails the test if the import goes through. */
export function importRefusal(store: CaseStore, path: string, options?: ImportBundleOptions): DossierError {
  try {
    importBundle(store, path, options);
  } catch (e) {
    if (e instanceof DossierError) return e;
    throw e;
  }
  throw new Error('the import was not refused');
}
