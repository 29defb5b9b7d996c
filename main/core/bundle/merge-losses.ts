import type { ReadableCase } from '../store/case-store.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { labelOf } from './consent.js';

type AnyRecord = RecordsByKind[RecordKind];

/** A record an import removed or could not bring in because what it hangs on is gone. */
export interface LostRecord {
  kind: RecordKind;
  id: string;
  /** What it was, as a person would name it: `associate: Emomali Rahmon – Acme Holdings`. */
  label: string;
  reason: string;
}

const MAX_LOST = 200;

/** Kinds worth naming: chart placements and mentions follow their subjects and are only counted. */
const NAMED: ReadonlySet<RecordKind> = new Set([
  'document',
  'entity',
  'alias',
  'event',
  'participant',
  'link',
  'citation',
  'chart',
]);

export function noteLost(
  into: LostRecord[],
  store: ReadableCase,
  kind: RecordKind,
  record: AnyRecord,
  reason: string,
): void {
  if (!NAMED.has(kind) || into.length >= MAX_LOST) return;
  into.push({ kind, id: record.id, label: describe(store, kind, record), reason });
}

function describe(store: ReadableCase, kind: RecordKind, record: AnyRecord): string {
  const name = (id: string): string => {
    const e = store.get('entity', id);
    return e ? e.label : id;
  };
  if (kind === 'link') {
    const l = record as RecordsByKind['link'];
    return `${l.type}: ${name(l.sourceId)} ${l.directed ? '→' : '–'} ${name(l.targetId)}`;
  }
  if (kind === 'participant') {
    const p = record as RecordsByKind['participant'];
    const event = store.get('event', p.eventId);
    return `${name(p.entityId)} as ${p.role || 'participant'} in ${event ? event.title : p.eventId}`;
  }
  return labelOf(record);
}
