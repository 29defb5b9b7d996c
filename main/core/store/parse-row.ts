import type { z } from 'zod';
import { DossierError } from '../errors.js';

/** snake_case column → camelCase field (the inverse of `columnOf`). */
export function fieldOf(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A row of one of the small side tables (case metadata, tombstones, redirects) parsed with its
 * schema: the columns renamed to fields, then checked, so a damaged row is reported as such
 * instead of travelling on as a record.
 */
export function parseRow<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, row: unknown, what: string): T {
  const fields =
    row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).map(([c, v]) => [fieldOf(c), v])) : row;
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new DossierError('case-corrupt', `${what}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
}
