import { PLACE_PREPOSITIONS } from './word-lists.js';

/**
 * Whether "in", "at", "from" or another place's preposition is the word right before `start`;
 * with `article`, a "the" may stand between ("at the Elysee Palace").
 */
export function afterPlacePreposition(text: string, start: number, article = false): boolean {
  const word = (article ? /(\p{L}+)\s+(?:the\s+)?$/u : /(\p{L}+)\s+$/u).exec(
    text.slice(Math.max(0, start - 16), start),
  );
  return PLACE_PREPOSITIONS.has(word?.[1]?.toLowerCase() ?? '');
}
