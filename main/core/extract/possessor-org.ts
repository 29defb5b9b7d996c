import type { Sentence, Unit } from './analyse.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';
import { INSTITUTION_HEADS } from './word-lists.js';

/** Heads of a state's bodies named after their owner: "Foreign Office", "Security Service". */
const BODY_HEADS = new Set([
  ...INSTITUTION_HEADS,
  'office',
  'service',
  'services',
  'administration',
  // "the Atlantic Council's Digital Forensic Research Lab"
  'lab',
  'labs',
  'laboratory',
  'institute',
  'centre',
  'center',
  // "the American Civil Liberties Union's Reproductive Freedom Project"
  'project',
  'program',
  'programme',
  'initiative',
]);
/** Heads of a city's places named after it: "Tel Aviv's Hostages Square", "London's Oxford Street". */
const OWNED_PLACE_HEADS = new Set(['square', 'street', 'avenue', 'bridge', 'park', 'airport', 'station', 'boulevard']);
/** Longest body name taken after a possessive: "Federal Security Service" is three words. */
const MAX_WORDS = 4;

/**
 * "Pakistan's Foreign Office", "Ukraine's Security Service": after a name's possessive, a
 * capitalised phrase ending in a body's head word is that owner's organisation, even when its
 * other words are ones titles use ("Foreign", "Security") and so say nothing alone. The owner
 * stands for the name word that "Customer Service" lacks, so these spans have a source of their own.
 */
export function possessorOrgSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.units.length; i++) {
      const owner = s.units[i] as Unit;
      // "Lumen Technologies' Black Lotus Labs": a plural's apostrophe alone is a possessive too.
      const possessive = owner.tags.has('Possessive') || (/s$/.test(owner.text) && /^['’]\s/.test(owner.post));
      if (!possessive || !isCapitalised(owner)) continue;
      const office = titledOffice(s.units, i);
      if (office) {
        out.push(office);
        continue;
      }
      const words = capitalisedRun(s.units, i + 1);
      const head = words[words.length - 1];
      // "Tel Aviv's Hostages Square", "Kyiv's Independence Square": a place of the owner's,
      // named with everyday words.
      if (head && words.length >= 2 && words.length <= MAX_WORDS && OWNED_PLACE_HEADS.has(head.text.toLowerCase())) {
        out.push(makeSpan(words[0]!.start, head.end, 'location', 'possessor'));
        continue;
      }
      if (!head || words.length > MAX_WORDS || !BODY_HEADS.has(head.text.toLowerCase())) continue;
      const tail = /\S/.test(head.post) ? [] : connectedTail(s.units, i + 1 + words.length);
      // One word alone ("Pakistan's Army") may be a common noun; "Ministry of …" is a name.
      if (words.length < 2 && tail.length === 0) continue;
      // "the Discovery Institute's Center for Science and Culture": an "and" may go on with the
      // name or start another; the tagger decides that.
      if (tail.length && andGoesOn(s.units, i + 1 + words.length + tail.length)) continue;
      const last = tail.length ? tail[tail.length - 1]! : head;
      out.push(makeSpan(words[0]!.start, last.end, 'organization', 'possessor'));
    }
  }
  return out;
}

/**
 * The capitalised words from `from` on, up to and including one followed by punctuation, and
 * on through "of"/"for"/"on" to more: "State Committee for National Security", "Ministry of
 * Foreign Affairs". The head is then the word before the first connector.
 */
function capitalisedRun(units: readonly Unit[], from: number): Unit[] {
  const run: Unit[] = [];
  for (let j = from; j < units.length && run.length <= MAX_WORDS; j++) {
    const u = units[j] as Unit;
    if (!isCapitalised(u)) break;
    run.push(u);
    if (/\S/.test(u.post) || u.tags.has('Possessive')) break;
  }
  return run;
}

/** The words after `run` joined to it by "of", "for" or "on" (all capitalised, up to punctuation). */
function connectedTail(units: readonly Unit[], after: number): Unit[] {
  const tail: Unit[] = [];
  let j = after;
  while (j + 1 < units.length && /^(?:of|for|on)$/.test((units[j] as Unit).text) && !/\S/.test(units[j - 1]!.post)) {
    // "… Office for the Southern District of New York": "the" may follow the connector.
    const the = /^the$/.test((units[j + 1] as Unit).text) ? 1 : 0;
    const next = capitalisedRun(units, j + 1 + the);
    if (next.length === 0) break;
    tail.push(...units.slice(j, j + 1 + the), ...next);
    j += 1 + the + next.length;
    if (/\S/.test(next[next.length - 1]!.post)) break;
  }
  return tail;
}

/** "and" then a capitalised word that is no owner's possessive: the name may go on. */
function andGoesOn(units: readonly Unit[], at: number): boolean {
  const and = units[at];
  const next = units[at + 1];
  return (
    !!and &&
    !!next &&
    and.text === 'and' &&
    !/\S/.test(units[at - 1]!.post) &&
    isCapitalised(next) &&
    !next.tags.has('Possessive')
  );
}

/** Posts whose holder's office is a body of its own: "the Prosecutor General's Office". */
const OFFICE_HOLDERS = /^(?:Prosecutor|Attorney|Auditor|Inspector|Solicitor|Comptroller|Accountant)$/;

/**
 * Posts named for their remit or reach whose office is a body: "the Information Commissioner's
 * Office", "the Federal Prosecutor's Office", "the Public Defender's Office".
 */
const REMIT_POSTS = /^(?:Commissioner|Ombudsman|Registrar|Regulator|Prosecutor|Defender|Advocate|Auditor|Comptroller)$/;
const MAX_REMIT_WORDS = 3;

/**
 * Posts whose office is a body, named with the place it serves or alone: "the Harris County
 * Sheriff's Office", "the Manhattan District Attorney's Office", "the Prime Minister's Office",
 * "the Mayor's Office". A word before the post completes some ("District Attorney").
 */
const OFFICE_POSTS =
  /^(?:Sheriff|Coroner|Mayor|Governor|President|Premier|Ombudsman|Comptroller|Treasurer|Assessor|Controller)$/;
const OFFICE_POSTS_AFTER: Readonly<Record<string, RegExp>> = {
  Attorney: /^(?:District|County|City|State|U\.S\.|US)$/,
  Examiner: /^Medical$/,
  Minister: /^(?:Prime|Chief|First)$/,
};

/** "Prosecutor General's Office", "Attorney General's Department": one name, the post's possessive inside it. */
function titledOffice(units: readonly Unit[], owner: number): Span | null {
  const post = units[owner - 1];
  const body = units[owner + 1];
  if (!body) return null;
  const postWord = units[owner]!.text.replace(/['’]s?$/, '');
  const completes = OFFICE_POSTS_AFTER[postWord];
  if (
    /^(?:Office|Department)$/.test(body.text) &&
    (OFFICE_POSTS.test(postWord) || (!!completes && !!post && completes.test(post.text) && !/\S/.test(post.post)))
  ) {
    // The place's capitalised words before the post: "Harris County", "Manhattan".
    let from = completes ? owner - 1 : owner;
    while (from > 0 && owner - from < MAX_REMIT_WORDS + 1) {
      const u = units[from - 1]!;
      if (!isCapitalised(u) || u.tags.has('Possessive') || /\S/.test(u.post) || /^the$/i.test(u.text)) break;
      from--;
    }
    const tail = /\S/.test(body.post) ? [] : connectedTail(units, owner + 2);
    return makeSpan(units[from]!.start, (tail[tail.length - 1] ?? body).end, 'organization', 'possessor');
  }
  if (!post) return null;
  if (REMIT_POSTS.test(units[owner]!.text.replace(/['’]s?$/, '')) && /^(?:Office|Department)$/.test(body.text)) {
    // The remit's capitalised words before the post: "Information", "Data Protection".
    let from = owner;
    while (from > 0 && owner - from < MAX_REMIT_WORDS) {
      const u = units[from - 1]!;
      if (!isCapitalised(u) || u.tags.has('Possessive') || /\S/.test(u.post) || /^the$/i.test(u.text)) break;
      from--;
    }
    return from < owner ? makeSpan(units[from]!.start, body.end, 'organization', 'possessor') : null;
  }
  if (!/^General$/.test(units[owner]!.text.replace(/['’]s?$/, ''))) return null;
  if (!OFFICE_HOLDERS.test(post.text) || !/^(?:Office|Department|Service|Chambers)$/.test(body.text)) return null;
  return makeSpan(post.start, body.end, 'organization', 'possessor');
}
