import { createHash } from 'node:crypto';
import type { RecordKind, RecordsByKind, Status } from '../store/records.js';

/**
 * How two versions of one record (same id) combine. The rule is a join: it gives the same
 * answer whatever the order and however often it is applied, which is what makes bundle imports
 * order-independent and idempotent.
 *
 * - Fields come from the newer version: later modifiedAt, then the greater origin case id, then
 *   (only for two different versions stamped in the same millisecond by the same case) the
 *   greater content hash, so there is always exactly one winner.
 * - Review status is merged on its own: confirmed > rejected > suggested. An incoming
 *   "suggested" never undoes an analyst's decision; when one analyst confirmed and another
 *   rejected, the confirmation stays and the import reports a conflict.
 */
const STATUS_RANK: Record<Status, number> = { suggested: 0, rejected: 1, confirmed: 2 };

type AnyRecord = RecordsByKind[RecordKind];

/** JSON with object keys sorted, so equal records serialise identically. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

function contentHash(record: AnyRecord): string {
  const { status: _status, ...rest } = record as AnyRecord & { status?: Status };
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** Positive when `a` is the newer version, negative when `b` is, 0 when they are the same version. */
export function compareVersions(a: AnyRecord, b: AnyRecord): number {
  if (a.modifiedAt !== b.modifiedAt) return a.modifiedAt > b.modifiedAt ? 1 : -1;
  if (a.caseId !== b.caseId) return a.caseId > b.caseId ? 1 : -1;
  const ha = contentHash(a);
  const hb = contentHash(b);
  return ha === hb ? 0 : ha > hb ? 1 : -1;
}

export function mergeVersions<T extends AnyRecord>(a: T, b: T): T {
  const winner = compareVersions(a, b) >= 0 ? a : b;
  const sa = (a as { status?: Status }).status;
  const sb = (b as { status?: Status }).status;
  if (sa === undefined || sb === undefined) return winner;
  const status = STATUS_RANK[sa] >= STATUS_RANK[sb] ? sa : sb;
  return status === (winner as { status?: Status }).status ? winner : { ...winner, status };
}

/** True when the two reviews disagree outright (one confirmed, the other rejected). */
export function statusConflict(a: AnyRecord, b: AnyRecord): boolean {
  const s = new Set([(a as { status?: Status }).status, (b as { status?: Status }).status]);
  return s.has('confirmed') && s.has('rejected');
}

export function sameRecord(a: unknown, b: unknown): boolean {
  // Records read from the case and from a bundle usually list their keys in the same order:
  // the plain serialisation settles most comparisons without sorting.
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}
