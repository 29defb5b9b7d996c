import { makeSpan, type Span } from './span.js';

/**
 * "whether the West recognised the result", "Putin said the West was using Ukraine": the West
 * (or the East) standing alone after "the", inside a sentence, is the region the text means,
 * however seldom the tagger saw it so. Not the first word of a longer name ("the West Bank", "the
 * West Midlands", "the East-West corridor").
 */
const THE_WEST = /(?<=\bthe )(?:West|East)(?![\p{L}\d-]|\s+\p{Lu})/gu;

export function politicalWestSpans(text: string): Span[] {
  return [...text.matchAll(THE_WEST)].map((m) => {
    // A name the lists would know, were it not an everyday word; above the tagger's guesses.
    const region = makeSpan(m.index, m.index + m[0].length, 'location', 'gazetteer');
    return { ...region, strength: region.strength + 0.5 };
  });
}
