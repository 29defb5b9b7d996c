import { z } from 'zod';

/** How exactly an event's date is known; `range` means start and end bound it, `unknown` that it is undated. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'unknown'] as const;
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export function isDatePrecision(value: unknown): value is DatePrecision {
  return (DATE_PRECISIONS as readonly unknown[]).includes(value);
}
