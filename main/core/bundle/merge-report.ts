import type { RecordKind } from '../store/records.js';
import type { LocalChange } from './consent.js';
import type { ConflictChoice, FieldConflict } from './field-conflicts.js';
import type { LostRecord } from './merge-losses.js';

/** What an import did (or, for a dry run, would do), kind by kind. */
export interface KindOutcome {
  new: number;
  updated: number;
  /** Differed from the case, and the case's version was kept (it is newer, or a review clash). */
  conflicting: number;
  unchanged: number;
  /** Skipped or removed because the record, or what it depends on, is deleted or merged away. */
  deleted: number;
}

export interface PossibleDuplicate {
  incomingId: string;
  existingId: string;
  type: string;
  label: string;
  reason: 'same label' | 'alias';
}

export interface MergeReport {
  source: string;
  dryRun: boolean;
  kinds: Record<RecordKind, KindOutcome>;
  tombstonesApplied: number;
  redirectsApplied: number;
  originalsAdded: number;
  /** Up to 200 examples of conflicts, for review. */
  conflicts: {
    kind: RecordKind;
    id: string;
    reason: string;
    label?: string;
    fields?: FieldConflict[];
    kept?: ConflictChoice;
  }[];
  possibleDuplicates: PossibleDuplicate[];
  /** Deletions, rewrites and merges of this case's own records, and what became of each. */
  localChanges: LocalChange[];
  /** Records removed, or not brought in, because what they hang on was deleted (up to 200, named). */
  lost: LostRecord[];
  /** Incoming records whose modified time lay in the future, capped to the import time. */
  timestampsCapped: number;
  /** Documents whose incoming text differed for the same original: the case's text kept. */
  textsKept: number;
  /** The undo journal entry for this import (null for a dry run or when nothing changed). */
  operationId: string | null;
}

export function emptyOutcome(): KindOutcome {
  return { new: 0, updated: 0, conflicting: 0, unchanged: 0, deleted: 0 };
}

export function totals(report: MergeReport): KindOutcome {
  const t = emptyOutcome();
  for (const o of Object.values(report.kinds)) {
    for (const k of Object.keys(t) as (keyof KindOutcome)[]) t[k] += o[k];
  }
  return t;
}

const STATUS_WORDS: Record<LocalChange['status'], string> = {
  'trusted-signer': 'your record, changed (trusted signer)',
  accepted: 'your record, changed (accepted)',
  'needs-consent': 'your record, NEEDS CONSENT',
  'held-back': 'your record, held back',
};

/** A few lines for people: totals, then kinds with anything to say. */
export function formatReport(report: MergeReport): string[] {
  const t = totals(report);
  const lines = [
    `${report.dryRun ? 'dry run (nothing written): ' : ''}${t.new} new, ${t.updated} updated, ${t.conflicting} conflicting, ${t.unchanged} unchanged, ${t.deleted} deleted`,
  ];
  for (const [kind, o] of Object.entries(report.kinds)) {
    if (o.new + o.updated + o.conflicting + o.deleted === 0) continue;
    lines.push(
      `  ${kind.padEnd(12)} new ${o.new}, updated ${o.updated}, conflicting ${o.conflicting}, unchanged ${o.unchanged}, deleted ${o.deleted}`,
    );
  }
  if (report.tombstonesApplied || report.redirectsApplied) {
    lines.push(`  deletions received ${report.tombstonesApplied}, merge redirects received ${report.redirectsApplied}`);
  }
  if (report.originalsAdded) lines.push(`  original files added ${report.originalsAdded}`);
  for (const c of report.localChanges.slice(0, 50)) {
    lines.push(`  ${STATUS_WORDS[c.status]}: ${c.action} ${c.kind} "${c.label}" ${c.id} (${c.detail})`);
  }
  for (const l of report.lost.slice(0, 50)) lines.push(`  lost: ${l.kind} "${l.label}" ${l.id} (${l.reason})`);
  if (report.timestampsCapped)
    lines.push(`  modified times in the future capped to the import time: ${report.timestampsCapped}`);
  if (report.textsKept)
    lines.push(`  document texts kept (the same original cannot yield another text): ${report.textsKept}`);
  for (const c of report.conflicts.slice(0, 20)) lines.push(`  conflict: ${c.kind} ${c.id}: ${c.reason}`);
  for (const d of report.possibleDuplicates.slice(0, 50)) {
    lines.push(`  possible duplicate: ${d.type} "${d.label}" ${d.incomingId} ~ ${d.existingId} (${d.reason})`);
  }
  return lines;
}
