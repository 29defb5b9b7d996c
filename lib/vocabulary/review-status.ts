import { z } from 'zod';

/**
 * Where an analyst's review of an entity, mention, link or event stands. Extraction suggests;
 * the analyst confirms or rejects. Rejected items stay in the case so they are not suggested again.
 */
export const STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}
