import { z } from 'zod';
import { DossierError } from '../errors.js';
import type { CsvMapping } from './types.js';

const mappingSchema = z
  .object({
    name: z.string().min(1).max(200).optional(),
    entities: z
      .array(
        z.object({
          id: z.string().min(1),
          labelColumn: z.string().min(1),
          type: z.string().min(1),
          typeColumn: z.string().min(1).optional(),
          propertyColumns: z.array(z.string().min(1)).optional(),
        }),
      )
      .min(1),
    links: z
      .array(
        z.object({
          from: z.string().min(1),
          to: z.string().min(1),
          type: z.string().min(1),
          typeColumn: z.string().min(1).optional(),
          directed: z.boolean().optional(),
          confidence: z.number().min(0).max(1).optional(),
        }),
      )
      .default([]),
    dateColumn: z.string().min(1).optional(),
  })
  .strict();

/** Checks a mapping someone wrote (a file, a saved one, the UI) and says clearly what is wrong. */
export function parseCsvMapping(value: unknown, where = 'CSV mapping'): CsvMapping {
  const parsed = mappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new DossierError('invalid-argument', `${where} is not valid${at}: ${issue.message}`);
  }
  const mapping = parsed.data as CsvMapping;
  const ids = new Set<string>();
  for (const e of mapping.entities) {
    if (ids.has(e.id)) throw new DossierError('invalid-argument', `${where}: entity id "${e.id}" is used twice`);
    ids.add(e.id);
  }
  for (const l of mapping.links) {
    for (const end of [l.from, l.to]) {
      if (!ids.has(end))
        throw new DossierError('invalid-argument', `${where}: link refers to unknown entity id "${end}"`);
    }
  }
  return mapping;
}

/** Columns a mapping reads: a CSV file must have all of them. */
export function columnsOf(mapping: CsvMapping): string[] {
  const cols = new Set<string>();
  for (const e of mapping.entities) {
    cols.add(e.labelColumn);
    if (e.typeColumn) cols.add(e.typeColumn);
    e.propertyColumns?.forEach((c) => cols.add(c));
  }
  for (const l of mapping.links) if (l.typeColumn) cols.add(l.typeColumn);
  if (mapping.dateColumn) cols.add(mapping.dateColumn);
  return [...cols];
}
