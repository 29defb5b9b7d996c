import type { Sentence } from './analyse.js';
import { gazetteerClass } from './gazetteer.js';

/**
 * What a sentence is on the page. Only `body` (and, to be merged into a body event, `headline`)
 * sentences make events: bylines, credits, captions, datelines and opinion do not.
 */
export type SentenceKind = 'body' | 'headline' | 'byline' | 'caption' | 'dateline' | 'opinion';

const BYLINE =
  /^\s*(?:[-–•*|]\s*)?(?:by|source|sources|written by|reporting by|editing by|additional reporting|posted|published|updated|last updated|copyright|©|follow us|share|read more|related|advertisement|subscribe|sign up)\b/i;
const CAPTION =
  /^\s*(?:photo|photograph|file photo|image|picture|pictured|video|credit|caption|illustration)\b|\b(?:getty images|via getty|reuters\/|ap photo|afp photo|photo:|image:|credit:)/i;
/** A news dateline at the head of the first paragraph: "DUSHANBE, Dec 1 (Reuters) –". */
export const DATELINE_HEAD =
  /^\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,?\s+(?:\w{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\w{3,9}\.?(?:\s+\d{4})?)?\s*(?:\((?:[A-Z][\w ]{1,20})\))?\s*[-–—:]\s+/;

/**
 * The dateline opening `line`, if it has one. The shape alone also fits an ordinary opening
 * ("Officials in Khorog – …"), so a dateline must carry a date, an agency in brackets, or its
 * place in capitals ("BAMAKO, Mali — ", "LONDON — ").
 */
export function datelineHead(line: string): string | null {
  const head = DATELINE_HEAD.exec(line)?.[0];
  if (!head) return null;
  if (/\d|\(/.test(head) || /^\s*[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*,/.test(head)) return head;
  // "LONDON — ": a known place in capitals and a dash, never an acronym ("NATO — ").
  const place = /^\s*([A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*)\s*[-–—]\s/.exec(head)?.[1];
  return place && gazetteerClass(titleCase(place)) === 'location' ? head : null;
}

/**
 * Words that make a sentence an assessment, prediction or recommendation rather than a report
 * that something happened. Lower case only: "May" the month is not "may".
 */
const OPINION =
  /\b(?:would|could|might|may|should|must|ought to|needs? to|is likely|are likely|likely to|unlikely|probably|almost certainly|is expected to|are expected to|is set to|threatens to|risks|appears to|seems to|in order to|it is (?:clear|likely|possible)|there is no doubt)\b/;
/** An event noun as the subject of an assessment verb: "The strikes suggest that …". */
const ASSESSMENT_AFTER =
  /^\W*(?:(?:have|has|had|also|clearly)\s+){0,2}(?:suggests?|indicates?|signals?|shows?|underscores?|highlights?|demonstrates?|reflects?|means?|confirms?|confirmed|raises?|exposes?|exposed|proves?|marks?|represents?|transforms?|is a|are a|was a|were a)\b/;
/** Habitual background, not one occurrence. */
const HABITUAL =
  /\b(?:has|have) long\b|\b(?:often|usually|routinely|regularly|frequently|traditionally|increasingly|continues to|continue to)\b/;

/** The sentence's kind, with where its reporting text begins (after a dateline, if any). */
export function sentenceKind(text: string, s: Sentence): { kind: SentenceKind; bodyStart: number } {
  const raw = text.slice(s.start, s.end);
  if (BYLINE.test(raw)) return { kind: 'byline', bodyStart: s.start };
  if (CAPTION.test(raw)) return { kind: 'caption', bodyStart: s.start };
  const head = datelineHead(raw);
  const bodyStart = head && head.length < raw.length - 20 ? s.start + head.length : s.start;
  const body = text.slice(bodyStart, s.end);
  if (isDateOnly(body)) return { kind: 'dateline', bodyStart };
  // A sentence's span may stop before its closing punctuation: look just past it too.
  const endsLikeSentence = /[.!?]["”’)]*$/.test(body.trimEnd()) || /^["”’)]*[.!?]/.test(text.slice(s.end, s.end + 3));
  if (s.headline || (!endsLikeSentence && (body.split(/\s+/).length < 25 || /:\s*$/.test(body))))
    return { kind: 'headline', bodyStart };
  return { kind: 'body', bodyStart };
}

/** Whether the words around an event word make it opinion or background rather than a report. */
export function isOpinionAround(
  sentence: string,
  triggerAt: number,
  triggerEnd: number,
  nounTrigger: boolean,
): boolean {
  if (OPINION.test(sentence.slice(0, triggerAt))) return true;
  // "Analysts said the raids could …": a saying that reports an assessment.
  if (/^(?:said|says)$/i.test(sentence.slice(triggerAt, triggerEnd)) && OPINION.test(sentence.slice(triggerEnd)))
    return true;
  if (HABITUAL.test(sentence)) return true;
  // A modal right after a noun trigger: "strikes could escalate …".
  const after = sentence.slice(triggerEnd, triggerEnd + 60);
  if (nounTrigger && (ASSESSMENT_AFTER.test(after) || /^\W*(?:will|would|could|might|may)\b/.test(after))) return true;
  return false;
}

/** An event noun as the subject of an assessment: "The strikes suggest …", "The attacks have confirmed …". */
export function isAssessedSubject(sentence: string, nounEnd: number): boolean {
  return ASSESSMENT_AFTER.test(sentence.slice(nounEnd, nounEnd + 60));
}

/** "London-UK, December 13 , 2025", "- Nov 3", "Updated 3 hours ago": nothing but a place and a date. */
function isDateOnly(s: string): boolean {
  const rest = s
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(
      /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted|gmt|utc|am|pm|min read|ago|hours?|minutes?)\b/gi,
      '',
    )
    .replace(/[\d\s,.:()–—\-/|]+/g, ' ')
    .trim();
  const hasDate = /\d/.test(s);
  return hasDate && rest.split(/\s+/).filter(Boolean).length <= 3;
}

function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
