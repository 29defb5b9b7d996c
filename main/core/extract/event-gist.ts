import type { Trigger } from './event-triggers.js';

/** Longest subject and object phrases a title borrows from the sentence, in words. */
const MAX_SUBJECT_WORDS = 8;
const MAX_OBJECT_WORDS = 7;

/** Openers that say when or by whose account, not who: "On 10 December 2025", "According to X". */
const LEAD_IN =
  /^(?:that|(?:on|in|since|by|early|late|last|this)\s+(?:[\w-]+\s+){0,4}?\d{1,4}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?|according to [^,]*|yesterday|today|then|later)\b\s*/i;
const AUXILIARY =
  /\s+(?:has|have|had|was|were|is|are|has been|have been|had been|would|will|did|also|then|reportedly)$/i;
const DETERMINER_ONLY = /^(?:the|a|an|it|they|he|she|we|this|that|who|which)$/i;
/** Words that end an object phrase: a new clause, a purpose ("to look at"), a place or date, a second object. */
const OBJECT_STOP =
  /\s+(?:to|on|in|at|near|within|from|during|over|across|after|before|since|until|while|because|when|and|but|as|which|who|that)\s/i;
const TRAILING_LINK = /\s+(?:of|for|in|at|near|within|with|from|by|to|on|the|a|an|and|or|its|their|all)$/i;

/**
 * What a verb event says in the sentence's own words, for a title when no named doer or target
 * is known: "the Chinese side asked for armed protection of all Chinese-run sites" rather than
 * "Request (asked)". The subject is the clause before the event word (without a lead-in such as
 * "According to the same source," or a date), the object the words after it up to the next clause,
 * purpose or date. Null for event nouns ("the deployment") and when no subject is left.
 */
export function eventGist(sentence: string, at: number, trigger: Trigger): string | null {
  if (!trigger.verb) return null;
  const before = sentence.slice(0, trigger.start - at);
  // "The Ministry informs that … aircraft attacked", "the committee said the attackers fired":
  // what is reported starts after the saying; "two were wounded when gunmen fired": the doer
  // starts after the word that opens the clause.
  const clause =
    before
      .split(
        /[,;:(]|\s[–—-]\s|\s(?:that|said|says|told|reported|reports|stated|states|announced|informs|informed|added|claimed|claims|when|after|while|because|as|since|until|where|although|though|once)\s/,
      )
      .pop() ?? '';
  let subject = clause.replace(/^\s*(?:\d+\.\s+)?/, '').trim();
  for (let k = 0; k < 3 && LEAD_IN.test(subject); k++) subject = subject.replace(LEAD_IN, '').trim();
  for (let k = 0; k < 3 && AUXILIARY.test(subject); k++) subject = subject.replace(AUXILIARY, '').trim();
  // "…, and died in a crash": a conjunction opens the clause; the subject is further back.
  subject = subject.replace(/^(?:and|but|or|so|yet)\b\s*/i, '');
  const subjectWords = subject.split(/\s+/).filter(Boolean);
  if (!subjectWords.length || (subjectWords.length === 1 && DETERMINER_ONLY.test(subjectWords[0]!))) return null;
  const after = sentence.slice(trigger.end - at).split(/[,;:(.]|\s[–—-]\s/)[0] ?? '';
  const stop = OBJECT_STOP.exec(` ${after} `);
  // A quotation mark standing alone ("kidnapped “ from Lebanon") is no word of the object.
  const objectWords = (stop ? ` ${after} `.slice(0, stop.index) : after)
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^["“”«»„]+$/.test(w));
  const object = trimLinks(objectWords.slice(0, MAX_OBJECT_WORDS).join(' '));
  const subjectText = trimLinks(subjectWords.slice(0, MAX_SUBJECT_WORDS).join(' '));
  const gist = [subjectText, trigger.text, object].filter(Boolean).join(' ');
  return gist.charAt(0).toUpperCase() + gist.slice(1);
}

function trimLinks(phrase: string): string {
  let out = phrase;
  for (let k = 0; k < 4 && TRAILING_LINK.test(out); k++) out = out.replace(TRAILING_LINK, '');
  return out;
}
