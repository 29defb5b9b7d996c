import { z } from 'zod';

/**
 * The Admiralty (NATO) grading: a source's reliability A (completely reliable) … F (cannot be
 * judged), and a piece of information's credibility 1 (confirmed) … 6 (cannot be judged).
 */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const reliabilitySchema = z.enum(RELIABILITY_GRADES);
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** What each reliability grade says about a source. */
export const RELIABILITY_LABELS: Readonly<Record<Reliability, string>> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
};

export function isReliability(value: unknown): value is Reliability {
  return (RELIABILITY_GRADES as readonly unknown[]).includes(value);
}

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export const credibilitySchema = z.number().int().min(1).max(6);
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

/** What each credibility grade 1–6 says about a piece of information (index = grade − 1). */
export const CREDIBILITY_LABELS = [
  'confirmed',
  'probably true',
  'possibly true',
  'doubtful',
  'improbable',
  'cannot be judged',
] as const;

/** True for a whole number 1–6. Links keep credibility as a plain number; this says whether it is a grade. */
export function isCredibility(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6;
}
