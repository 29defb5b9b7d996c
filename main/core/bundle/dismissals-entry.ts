import { DossierError } from '../errors.js';
import type { ReadableCase, WritableCase } from '../store/case-store.js';
import { type Dismissal, allDismissals, putDismissal } from '../store/dismissals-sql.js';
import { dismissalSchema } from '../store/record-schemas.js';
import { DISMISSALS_ENTRY } from './format.js';
import { readJsonLines } from './json-lines.js';
import type { OpenedBundle } from './open-bundle.js';

/**
 * The analyst's "these two are not duplicates" decisions travel in bundles as
 * `dismissals.jsonl` (written only when there are any, so bundles without them stay readable
 * by versions that do not know the entry). Importing keeps the earliest dismissal of a pair.
 * Each line is parsed with `dismissalSchema` (store/record-schemas.ts).
 */

/** The dismissals to export: those whose two entities are both in the bundle. */
export function dismissalsToExport(store: ReadableCase, included: (id: string) => boolean): Dismissal[] {
  return allDismissals(store).filter((d) => included(d.firstId) && included(d.secondId));
}

export function dismissalLines(list: readonly Dismissal[]): string {
  return list.map((d) => `${JSON.stringify(d)}\n`).join('');
}

/** Reads and checks `dismissals.jsonl` (schema per line, SHA-256 against the manifest). */
export function readDismissals(bundle: OpenedBundle): Dismissal[] {
  if (!bundle.reader.has(DISMISSALS_ENTRY)) return [];
  const out: Dismissal[] = [];
  const hash = readJsonLines(bundle.reader, DISMISSALS_ENTRY, (v, line) => {
    const r = dismissalSchema.safeParse(v);
    if (!r.success)
      throw new DossierError('bundle-invalid', `${DISMISSALS_ENTRY} line ${line}: ${r.error.issues[0]!.message}`);
    out.push(r.data);
  });
  if (bundle.manifest.entries[DISMISSALS_ENTRY]?.sha256 !== hash) {
    throw new DossierError(
      'bundle-invalid',
      `entry ${DISMISSALS_ENTRY} does not match its SHA-256 in the manifest (altered or damaged)`,
    );
  }
  return out;
}

/** Writes imported dismissals whose two entities the case holds; returns how many it kept. */
export function applyDismissals(store: WritableCase, list: readonly Dismissal[]): number {
  let n = 0;
  for (const d of list) {
    if (!store.get('entity', d.firstId) || !store.get('entity', d.secondId)) continue;
    putDismissal(store, d);
    n++;
  }
  return n;
}
