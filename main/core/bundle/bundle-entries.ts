import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { DossierError } from '../errors.js';
import type { MergeRedirect, RecordKind, RecordsByKind, Tombstone } from '../store/records.js';
import { ORIGINAL_ENTRY_PATTERN, REDIRECTS_ENTRY, TOMBSTONES_ENTRY, recordsEntry } from './format.js';
import { type RecordCheck, compileRecordCheck } from './fast-record-check.js';
import { readJsonLines } from './json-lines.js';
import type { OpenedBundle } from './open-bundle.js';
import { RECORD_SCHEMAS, redirectSchema, tombstoneSchema } from '../store/record-schemas.js';

/** What reading entries needs of an opened bundle: a worker thread reading ahead has only these. */
export type BundleContents = Pick<OpenedBundle, 'reader' | 'manifest'>;

/**
 * Reading a bundle's entries with every check applied as the bytes stream past: each line must
 * satisfy its schema, and each entry must hash to what the manifest says. verifyBundle() runs
 * these once to find every problem; the import runs them again while writing (inside its
 * transaction), so a file changed between the two passes still cannot slip anything in.
 */
function parseLine<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, entry: string, value: unknown, line: number): T {
  if (fastCheckOf(schema)?.(value)) return value as T;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new DossierError(
    'bundle-invalid',
    `${entry} line ${line}: ${issue.path.join('.') || '(record)'}: ${issue.message}`,
  );
}

const fastChecks = new WeakMap<z.ZodTypeAny, RecordCheck | null>();

/** The schema compiled to a predicate for valid records (fast-record-check.ts), once per schema. */
function fastCheckOf(schema: z.ZodTypeAny): RecordCheck | null {
  let check = fastChecks.get(schema);
  if (check === undefined) fastChecks.set(schema, (check = compileRecordCheck(schema)));
  return check;
}

function checkHash(bundle: BundleContents, entry: string, actual: string): void {
  if (bundle.manifest.entries[entry]?.sha256 !== actual) {
    throw new DossierError(
      'bundle-invalid',
      `entry ${entry} does not match its SHA-256 in the manifest (altered or damaged)`,
    );
  }
}

/** Streams one kind's records (schema per line), then checks the entry's hash and record count. */
export function readRecords<K extends RecordKind>(
  bundle: BundleContents,
  kind: K,
  onRecord: (r: RecordsByKind[K], bytes: number) => void,
): number {
  const entry = recordsEntry(kind);
  if (!bundle.reader.has(entry)) return 0;
  let n = 0;
  const schema = RECORD_SCHEMAS[kind];
  const hash = readJsonLines(bundle.reader, entry, (value, line, bytes) => {
    onRecord(parseLine(schema, entry, value, line), bytes);
    n++;
  });
  checkHash(bundle, entry, hash);
  const declared = bundle.manifest.counts[kind];
  if (declared !== undefined && declared !== n)
    throw new DossierError('bundle-invalid', `${entry} holds ${n} records, the manifest says ${declared}`);
  return n;
}

export function readTombstones(bundle: OpenedBundle): Tombstone[] {
  return readSmall(bundle, TOMBSTONES_ENTRY, tombstoneSchema);
}

export function readRedirects(bundle: OpenedBundle): MergeRedirect[] {
  return readSmall(bundle, REDIRECTS_ENTRY, redirectSchema);
}

function readSmall<T>(bundle: OpenedBundle, entry: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T[] {
  if (!bundle.reader.has(entry)) return [];
  const out: T[] = [];
  checkHash(
    bundle,
    entry,
    readJsonLines(bundle.reader, entry, (v, line) => out.push(parseLine(schema, entry, v, line))),
  );
  return out;
}

export function originalEntries(bundle: BundleContents): { entry: string; sha256: string }[] {
  const out: { entry: string; sha256: string }[] = [];
  for (const entry of bundle.reader.entries.keys()) {
    const m = ORIGINAL_ENTRY_PATTERN.exec(entry);
    if (m) out.push({ entry, sha256: m[1]! });
  }
  return out.sort((a, b) => (a.entry < b.entry ? -1 : 1));
}

/** One original's bytes, checked against both its name and the manifest. */
export function readOriginal(bundle: BundleContents, entry: string, sha256: string): Buffer {
  const parts: Uint8Array[] = [];
  const hash = createHash('sha256');
  bundle.reader.read(entry, (c) => {
    hash.update(c);
    parts.push(c);
  });
  const actual = hash.digest('hex');
  checkHash(bundle, entry, actual);
  if (actual !== sha256)
    throw new DossierError('bundle-invalid', `entry ${entry} does not hold the bytes its name promises`);
  return Buffer.concat(parts);
}

/** Hashes an original without keeping it (verification only). */
export function hashOriginal(bundle: OpenedBundle, entry: string, sha256: string): void {
  const hash = createHash('sha256');
  bundle.reader.read(entry, (c) => hash.update(c));
  const actual = hash.digest('hex');
  checkHash(bundle, entry, actual);
  if (actual !== sha256)
    throw new DossierError('bundle-invalid', `entry ${entry} does not hold the bytes its name promises`);
}
