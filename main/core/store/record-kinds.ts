import { z } from 'zod';
import { BASE_FIELDS, KIND_DEFINITIONS, RECORD_KINDS } from './record-schemas.js';
import type { NewRecord, RecordKind, RecordsByKind } from './records.js';

export { BASE_FIELDS, RECORD_KINDS, isRecordKind } from './record-schemas.js';

/**
 * The table and columns behind each record kind, and the codecs between a row and a record,
 * all derived from the kind's schema in `record-schemas.ts`.
 */

/** How a field is stored: JSON objects as text, booleans as 0/1, the rest as they are. */
export type FieldCodec = 'text' | 'number' | 'bool' | 'json';

export interface KindTable {
  readonly table: string;
  /** Non-base fields in column order, with how each is stored. */
  readonly fields: Readonly<Record<string, FieldCodec>>;
  /** Kinds this one refers to by field, so exports can pull in what a record depends on. */
  readonly refs: Readonly<Record<string, RecordKind>>;
}

/** The column codec a field's schema implies (wrappers such as nullable and refine looked through). */
function codecOf(schema: z.ZodTypeAny): FieldCodec {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return codecOf(schema.unwrap());
  if (schema instanceof z.ZodEffects) return codecOf(schema.innerType());
  if (schema instanceof z.ZodBoolean) return 'bool';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodRecord || schema instanceof z.ZodObject) return 'json';
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return 'text';
  throw new Error(`no column codec for a ${String(schema._def.typeName)} field`);
}

/** camelCase field → snake_case column. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

interface Column {
  readonly field: string;
  readonly column: string;
  readonly codec: FieldCodec;
}

function tableOf(kind: RecordKind): KindTable & { columns: readonly Column[] } {
  const { table, refs } = KIND_DEFINITIONS[kind];
  const shape: z.ZodRawShape = KIND_DEFINITIONS[kind].schema.shape;
  const columns = Object.entries(shape).map(([field, schema]) => ({
    field,
    column: columnOf(field),
    codec: codecOf(schema),
  }));
  const base = new Set<string>(BASE_FIELDS);
  const fields = Object.fromEntries(columns.filter((c) => !base.has(c.field)).map((c) => [c.field, c.codec]));
  return { table, fields, refs: refs as Readonly<Record<string, RecordKind>>, columns };
}

/** The table behind every record kind. Order matters: a kind comes after the kinds it refers to. */
export const KIND_TABLES: Readonly<Record<RecordKind, KindTable & { columns: readonly Column[] }>> = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, tableOf(k)]),
) as Record<RecordKind, KindTable & { columns: readonly Column[] }>;

/** Every field of a kind, base fields first, in column order. */
export function fieldsOf(kind: RecordKind): string[] {
  return KIND_TABLES[kind].columns.map((c) => c.field);
}

/**
 * A stored row → its record. Rows are decoded, not parsed: every column was written from a
 * record of the same schema by the functions below, and parsing each row with zod would cost
 * several times the read itself on whole-case reads (exports, analysis). Outside data is parsed
 * where it enters: bundle lines, interchange rows and contract arguments.
 */
export function rowToRecord<K extends RecordKind>(kind: K, row: Readonly<Record<string, unknown>>): RecordsByKind[K] {
  const out: Record<string, unknown> = {};
  for (const { field, column, codec } of KIND_TABLES[kind].columns) {
    const v = row[column];
    if (codec === 'json') out[field] = typeof v === 'string' ? (JSON.parse(v) as unknown) : {};
    else if (codec === 'bool') out[field] = v === 1 || v === 1n || v === true;
    else out[field] = v ?? null;
  }
  return out as RecordsByKind[K];
}

function encode(codec: FieldCodec, v: unknown): unknown {
  return codec === 'json' ? JSON.stringify(v ?? {}) : codec === 'bool' ? (v ? 1 : 0) : (v ?? null);
}

/** Some fields of a record → the values to bind, by column name. Unknown fields are ignored. */
export function recordToRow(kind: RecordKind, record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field, column, codec } of KIND_TABLES[kind].columns) {
    if (field in record) out[column] = encode(codec, record[field]);
  }
  return out;
}

/**
 * A complete record → its column values in `fieldsOf(kind)` order, for positional binding
 * (measurably faster than named parameters on bulk inserts).
 */
export function recordToValues(kind: RecordKind, record: Readonly<Record<string, unknown>>): unknown[] {
  const { columns } = KIND_TABLES[kind];
  const out = new Array<unknown>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const { field, codec } = columns[i]!;
    out[i] = encode(codec, record[field]);
  }
  return out;
}

/**
 * A new record: the caller's fields, the kind's defaults for fields left out (null where the
 * schema has none), and the base fields the store assigns.
 */
export function completeRecord<K extends RecordKind>(
  kind: K,
  fields: NewRecord<K>,
  base: { id: string; caseId: string; createdAt: string; modifiedAt: string },
): RecordsByKind[K] {
  const given: Readonly<Record<string, unknown>> = fields;
  const defaults: Readonly<Record<string, unknown>> = KIND_DEFINITIONS[kind].defaults;
  const out: Record<string, unknown> = { ...given };
  for (const f of Object.keys(KIND_TABLES[kind].fields)) {
    if (out[f] === undefined) out[f] = Object.hasOwn(defaults, f) ? defaults[f] : null;
  }
  Object.assign(out, base);
  return out as RecordsByKind[K];
}
