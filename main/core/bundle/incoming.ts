import type { MergeRedirect, RecordKind, RecordsByKind, Tombstone } from '../store/records.js';

/**
 * Records arriving from outside (a case bundle, or a STIX/FtM/CSV import), in a form the merge
 * consumes. Each kind is read once, in the store's kind order.
 */
export interface IncomingData {
  /** Named in the report and error messages (usually the file path). */
  label: string;
  tombstones: readonly Tombstone[];
  redirects: readonly MergeRedirect[];
  /** Hands over every incoming record of one kind. */
  eachRecord<K extends RecordKind>(kind: K, fn: (record: RecordsByKind[K]) => void): void;
  /** Hands over original document bytes, one file at a time. */
  eachOriginal(fn: (sha256: string, bytes: Uint8Array) => void): void;
}

/** Incoming data from records already in memory (interchange imports and tests). */
export function incomingFromMemory(
  label: string,
  data: { [K in RecordKind]?: RecordsByKind[K][] } & {
    tombstones?: Tombstone[];
    redirects?: MergeRedirect[];
    originals?: { sha256: string; bytes: Uint8Array }[];
  },
): IncomingData {
  return {
    label,
    tombstones: data.tombstones ?? [],
    redirects: data.redirects ?? [],
    eachRecord: <K extends RecordKind>(kind: K, fn: (record: RecordsByKind[K]) => void) => {
      for (const r of (data[kind] ?? []) as RecordsByKind[K][]) fn(r);
    },
    eachOriginal: (fn) => {
      for (const o of data.originals ?? []) fn(o.sha256, o.bytes);
    },
  };
}
