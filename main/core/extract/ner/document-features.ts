import { DocumentStats, isAllCapsSentence, isTitleCaseSentence } from './document-stats.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';

/**
 * Features of every sentence of one document. Training (gold tokens) and tagging (the
 * tokeniser's tokens) both come through here, so a model sees the same features in both.
 */
export function documentFeatures(
  sentences: ReadonlyArray<readonly string[]>,
  gazetteer: GazetteerLookup,
): SentenceFeatures[] {
  const stats = new DocumentStats();
  const caps = sentences.map(isAllCapsSentence);
  const title = sentences.map((s, i) => !caps[i] && isTitleCaseSentence(s));
  sentences.forEach((s, i) => stats.addSentence(s, caps[i]! || title[i]!));
  return sentences.map((s, i) => sentenceFeatures(s, caps[i]!, title[i]!, stats, gazetteer));
}
