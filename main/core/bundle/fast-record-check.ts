import { z } from 'zod';

/** True when a value passes the schema it was compiled from. */
export type RecordCheck = (value: unknown) => boolean;

/**
 * A bundle carries tens of thousands of records, and zod's parser builds a copy of each one
 * (about a sixth of an import's time). The record schemas (record-schemas.ts) use a handful of
 * zod's parts, so this compiles a schema into a plain predicate for the common case — a record
 * that is valid — and the reader hands such a record on as it is: for strict objects without
 * transforms, what zod would return is the same record. A record the predicate refuses is parsed
 * by zod itself, which stays the authority and gives the message. Anything this does not
 * understand compiles to null, and zod handles every record of that schema.
 *
 * The predicate must never accept what zod refuses: fast-record-check.test.ts compares the two
 * on generated records of every kind.
 */
export function compileRecordCheck(schema: z.ZodTypeAny): RecordCheck | null {
  if (schema instanceof z.ZodString) return stringCheck(schema);
  if (schema instanceof z.ZodNumber) return numberCheck(schema);
  if (schema instanceof z.ZodBoolean) return (v) => typeof v === 'boolean';
  if (schema instanceof z.ZodLiteral) {
    const value: unknown = schema.value;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? (v) => v === value
      : null;
  }
  if (schema instanceof z.ZodUnknown || schema instanceof z.ZodAny) return () => true;
  if (schema instanceof z.ZodEnum) {
    const values = new Set<unknown>(schema.options as unknown[]);
    return (v) => typeof v === 'string' && values.has(v);
  }
  if (schema instanceof z.ZodNullable) {
    const inner = compileRecordCheck(schema.unwrap() as z.ZodTypeAny);
    return inner && ((v) => v === null || inner(v));
  }
  if (schema instanceof z.ZodOptional) {
    const inner = compileRecordCheck(schema.unwrap() as z.ZodTypeAny);
    return inner && ((v) => v === undefined || inner(v));
  }
  if (schema instanceof z.ZodRecord) return recordCheck(schema);
  if (schema instanceof z.ZodObject) return objectCheck(schema);
  if (schema instanceof z.ZodEffects) return refinementCheck(schema);
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringCheck(schema: z.ZodString): RecordCheck | null {
  const parts: RecordCheck[] = [];
  for (const c of schema._def.checks) {
    if (c.kind === 'min') parts.push((v) => (v as string).length >= c.value);
    else if (c.kind === 'max') parts.push((v) => (v as string).length <= c.value);
    else if (c.kind === 'length') parts.push((v) => (v as string).length === c.value);
    else if (c.kind === 'regex') {
      const re = c.regex;
      parts.push((v) => {
        re.lastIndex = 0;
        return re.test(v as string);
      });
    } else return null;
  }
  return (v) => typeof v === 'string' && parts.every((p) => p(v));
}

function numberCheck(schema: z.ZodNumber): RecordCheck | null {
  const parts: RecordCheck[] = [];
  for (const c of schema._def.checks) {
    if (c.kind === 'int') parts.push((v) => Number.isInteger(v));
    else if (c.kind === 'finite') parts.push((v) => Number.isFinite(v));
    else if (c.kind === 'min')
      parts.push(c.inclusive ? (v) => (v as number) >= c.value : (v) => (v as number) > c.value);
    else if (c.kind === 'max')
      parts.push(c.inclusive ? (v) => (v as number) <= c.value : (v) => (v as number) < c.value);
    else return null;
  }
  return (v) => typeof v === 'number' && !Number.isNaN(v) && parts.every((p) => p(v));
}

/**
 * Only records of string keys: to values of any kind (the records' free-form JSON fields), or to
 * values of one schema that compiles (the manifest's entries and counts).
 */
function recordCheck(schema: z.ZodRecord): RecordCheck | null {
  const key = schema._def.keyType as z.ZodTypeAny;
  if (!(key instanceof z.ZodString) || key._def.checks.length) return null;
  const value = schema._def.valueType as z.ZodTypeAny;
  if (value instanceof z.ZodUnknown || value instanceof z.ZodAny) return isPlainObject;
  const check = compileRecordCheck(value);
  if (!check) return null;
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const k in v) if (!check(v[k])) return false;
    return true;
  };
}

/** Only strict objects: any other kind drops or keeps unknown keys, so its output is not its input. */
function objectCheck(schema: z.ZodObject<z.ZodRawShape>): RecordCheck | null {
  if (schema._def.unknownKeys !== 'strict' || !(schema._def.catchall instanceof z.ZodNever)) return null;
  const fields: [string, RecordCheck][] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    const check = compileRecordCheck(field as z.ZodTypeAny);
    if (!check) return null;
    fields.push([name, check]);
  }
  const known = new Set(fields.map(([name]) => name));
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const k in v) if (!known.has(k)) return false;
    for (const [name, check] of fields) if (!check(v[name])) return false;
    return true;
  };
}

/** Only refinements (a check on the parsed value), never transforms or preprocessing. */
function refinementCheck(schema: z.ZodEffects<z.ZodTypeAny>): RecordCheck | null {
  const effect = schema._def.effect;
  if (effect.type !== 'refinement') return null;
  const inner = compileRecordCheck(schema._def.schema);
  if (!inner) return null;
  return (v) => {
    if (!inner(v)) return false;
    let refused = false;
    const ctx: z.RefinementCtx = {
      addIssue: () => {
        refused = true;
      },
      path: [],
    };
    const result: unknown = effect.refinement(v, ctx);
    return !refused && !(result instanceof Promise);
  };
}
