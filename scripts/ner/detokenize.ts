import { spansFromTags } from './bio.js';
import type { NerDocument } from './corpus-types.js';

/** A gold document rebuilt as plain text, with its mentions as character spans. */
export interface TextDocument {
  id: string;
  set: string;
  text: string;
  /** "TYPE start end" keys, TYPE one of PER / ORG / LOC. */
  gold: string[];
}

const NO_SPACE_BEFORE = /^([,.;:!?%)\]}]|'s|’s|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/i;
const NO_SPACE_AFTER = /^[([{$#@]$/;

/**
 * Joins gold tokens back into text the way it would have been written ("Smith , 's" →
 * "Smith, 's" → "Smith's"), sentences separated by a space (tweets and web posts are one line
 * each), so evaluation can run the tagger and extraction on text exactly as they run in the app.
 */
export function detokenize(doc: NerDocument): TextDocument {
  let text = '';
  const gold: string[] = [];
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += ' ';
    const starts: number[] = [];
    const ends: number[] = [];
    s.tokens.forEach((tok, i) => {
      const prev = s.tokens[i - 1];
      if (i > 0 && !NO_SPACE_BEFORE.test(tok) && !(prev !== undefined && NO_SPACE_AFTER.test(prev))) text += ' ';
      starts.push(text.length);
      text += tok;
      ends.push(text.length);
    });
    for (const sp of spansFromTags(s.tags, (t) => t)) {
      if (sp.type === 'MISC') continue;
      gold.push(`${sp.type} ${starts[sp.start]} ${ends[sp.end - 1]}`);
    }
  });
  return { id: doc.id, set: doc.set, text, gold };
}
