import type { RecordKind, RecordsByKind } from '../store/records.js';

type AnyRecord = RecordsByKind[RecordKind];

/** What an import would do to a record this case holds as its own. */
export type LocalChangeAction = 'delete' | 'rewrite' | 'redirect';

/**
 * - `trusted-signer`: applied; the bundle is signed by a key on the trusted list.
 * - `accepted`: applied; the analyst consented (all, or this id).
 * - `needs-consent`: no decision was given; a dry run shows it applied, a real import refuses.
 * - `held-back`: the analyst accepted a list that leaves this one out: the case keeps its version.
 */
export type LocalChangeStatus = 'trusted-signer' | 'accepted' | 'needs-consent' | 'held-back';

export interface LocalChange {
  action: LocalChangeAction;
  kind: RecordKind;
  id: string;
  /** The record's name as the analyst knows it (label, title, alias …). */
  label: string;
  /** What would change, in a few words. */
  detail: string;
  status: LocalChangeStatus;
}

/** How the analyst answered: all, a list of record ids, or not at all. */
export type LocalChangeConsent = boolean | readonly string[] | undefined;

const MAX_LISTED = 500;

/**
 * Decides, change by change, whether an import may delete, rewrite or redirect a record the
 * case holds as its own (created in this case), and lists each for the preview. Records that
 * came from other cases update freely: that is ordinary exchange. An unsigned bundle, or one
 * signed by a key not on the trusted list, needs the analyst's consent.
 */
export class LocalChangeGate {
  readonly changes: LocalChange[] = [];
  private needing = 0;
  private readonly accepted: ReadonlySet<string> | null;

  constructor(
    private readonly caseId: string,
    private readonly consent: LocalChangeConsent,
    private readonly trustedSigner: boolean,
  ) {
    this.accepted = Array.isArray(consent) ? new Set(consent) : null;
  }

  isLocal(record: { caseId: string }): boolean {
    return record.caseId === this.caseId;
  }

  /** True when the change may go ahead; the change is listed either way. */
  allow(action: LocalChangeAction, kind: RecordKind, record: AnyRecord, detail: string): boolean {
    const status: LocalChangeStatus = this.trustedSigner
      ? 'trusted-signer'
      : this.consent === true || this.accepted?.has(record.id)
        ? 'accepted'
        : this.accepted
          ? 'held-back'
          : 'needs-consent';
    if (status === 'needs-consent') this.needing++;
    if (this.changes.length < MAX_LISTED)
      this.changes.push({ action, kind, id: record.id, label: labelOf(record), detail, status });
    return status !== 'held-back';
  }

  /** Changes to the analyst's own records that nobody consented to (the import must not proceed). */
  get needingConsent(): number {
    return this.needing;
  }
}

/** No gate: interchange imports and tests that merge records they built themselves. */
export const openGate = (caseId: string): LocalChangeGate => new LocalChangeGate(caseId, true, false);

export function labelOf(record: AnyRecord): string {
  const r: Readonly<Record<string, unknown>> = record;
  for (const f of ['label', 'title', 'name', 'alias', 'surface', 'quote', 'type', 'role']) {
    if (typeof r[f] === 'string' && r[f]) return clip(r[f] as string);
  }
  return record.id;
}

/** "label: Acme → Evil Corp; notes" — the fields that differ, values where short. */
export function describeRewrite(before: AnyRecord, after: AnyRecord): string {
  const a: Readonly<Record<string, unknown>> = before;
  const b: Readonly<Record<string, unknown>> = after;
  const parts: string[] = [];
  for (const f of Object.keys(b)) {
    if (f === 'modifiedAt' || f === 'caseId' || JSON.stringify(a[f]) === JSON.stringify(b[f])) continue;
    const short =
      typeof a[f] !== 'object' && typeof b[f] !== 'object' && String(a[f]).length <= 40 && String(b[f]).length <= 40;
    parts.push(short ? `${f}: ${JSON.stringify(a[f])} → ${JSON.stringify(b[f])}` : f);
  }
  return parts.join('; ') || 'timestamps only';
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
