import type { NamedEntityType } from './types.js';

/**
 * A typed name found by one of the signals, before overlap resolution. `strength` orders the
 * signals when spans overlap or disagree: exact gazetteer and strong rules beat weak guesses.
 */
export interface Span {
  start: number;
  end: number;
  type: NamedEntityType;
  strength: number;
  source: SpanSource;
}

export type SpanSource =
  | 'gazetteer'
  | 'head-rule'
  | 'apposition'
  | 'possessor'
  | 'title'
  | 'acronym'
  | 'compromise'
  | 'context'
  | 'guess'
  | 'propagated'
  | 'model';

/** How much each signal is trusted. */
export const STRENGTH: Record<SpanSource, number> = {
  acronym: 5,
  'head-rule': 4,
  apposition: 4,
  possessor: 4,
  gazetteer: 4,
  title: 4,
  propagated: 3,
  model: 2.5,
  compromise: 2,
  context: 1.5,
  guess: 1,
};

export function makeSpan(start: number, end: number, type: NamedEntityType, source: SpanSource): Span {
  return { start, end, type, source, strength: STRENGTH[source] };
}
