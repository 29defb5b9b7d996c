import { ORG_NOUNS } from './apposition.js';
import { gazetteerWordFlags, WORD_IN_PERSON } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * A sentence that opens by calling its subject a body: "The Danish shipping group said …", "The
 * company has …". Up to three words describe the noun.
 */
const BODY_OPENS =
  /^The\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\s+(?:said|says|has|had|is|was|added|reported|announced|expects|warned)\b/u;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+$/;

/**
 * The name a story opens with and then calls "the company", "the group" or "the lender" in the
 * next sentence is that body, though the tagger took an unfamiliar one-word firm for a person
 * ("Maersk has warned … The Danish shipping group said …"); every mention moves with it. Names
 * built from known personal names, and names with a title, stay people.
 */
export function retypeFirmsNamedAfter(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const firms = new Set<string>();
  for (const m of text.matchAll(/(?<=[.!?]["”’]?\s+)The\s/gu)) {
    const noun = BODY_OPENS.exec(text.slice(m.index, m.index + 80))?.[1];
    if (!noun || !ORG_NOUNS.has(noun)) continue;
    // The sentence before: back from its own full stop to the one before it (or 400 characters).
    const from = Math.max(0, m.index - 400);
    const before = text.slice(from, m.index).replace(/[.!?]["”’]?\s+$/u, '');
    const cut = /[.!?]["”’]?\s+(?=[^.!?]*$)/u.exec(before);
    const sentenceStart = from + (cut ? cut.index + cut[0].length : 0);
    const subject = entities.find(
      (e) => e.start >= sentenceStart && e.end <= m.index && opensSentence(text.slice(sentenceStart, e.start)),
    );
    if (!subject || subject.type !== 'person') continue;
    if (subject.text.split(/[\s-]+/).some((w) => (gazetteerWordFlags(w) & WORD_IN_PERSON) !== 0)) continue;
    firms.add(subject.key);
  }
  if (!firms.size) return entities;
  const titled = entities.some(
    (e) => firms.has(e.key) && TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)),
  );
  if (titled) return entities;
  for (const e of entities) if (e.type === 'person' && firms.has(e.key)) e.type = 'organization';
  return entities;
}

/** Whether a name after this much of its sentence opens it (after quotes, or a dateline's dash). */
function opensSentence(before: string): boolean {
  return /^[\s"“‘']*$/u.test(before) || /[-–—]\s*$/u.test(before);
}
