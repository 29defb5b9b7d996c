import { gazetteerClass, gazetteerWordFlags, isDemonym, isEverydayWord, WORD_IS_FIRST_NAME } from './gazetteer.js';
import type { Unit } from './analyse.js';
import type { Run } from './runs.js';
import { LIST_GAP, splitAtAnd } from './apposition.js';
import { makeSpan, type Span } from './span.js';
import { FAITH, ORG_OF_HEADS, PERSON_TITLES } from './word-lists.js';

/** Bodies counted or listed by kind: "container lines including Maersk", "banks such as HSBC". */
const BODY_PLURALS =
  'companies|firms|banks|lenders|insurers|carriers|lines|airlines|miners|refiners|retailers|brands|outlets|' +
  'exchanges|platforms|startups|groups|gangs|militias|customers|clients|rivals|competitors|suppliers|' +
  'organi[sz]ations|businesses|markets|marketplaces|forums';

/**
 * Words before a name that say it is an organisation: the people who work there or speak for
 * it, the things held in it or bought from it ("analysts at Recorded Future", "investigators
 * from Mandiant", "accounts at Emirates NBD and Barclays", "a spokesperson for Maersk", "data
 * from Kpler", "shares in Maersk", "a 49% stake in Scale AI", "tanker trackers at Vortexa"), and
 * a group named ("a group calling itself Black Basta", "a group known as Scattered Spider", "the
 * gang, which calls itself Medusa"), and a party by its place in politics ("the far-right
 * National Rally").
 */
const CUE_BEFORE = new RegExp(
  '\\b(?:' +
    '(?:analysts?|researchers?|investigators?|engineers?|executives?|employees?|officers?|staff|lawyers?|' +
    'economists?|strategists?|traders?|bankers?|scientists?|accounts?|(?:ship)?brokers?|consultants?|' +
    'auditors?|experts?|specialists?|(?:incident\\s+)?responders?|trackers?)\\s+(?:at|from|with)' +
    // A body speaks through a spokesperson; a person in the news rarely has one by name.
    '|spokes(?:person|man|woman|people)\\s+(?:for|at|of)' +
    // Firms sell data and estimates: "data from Kpler", "estimates by Rystad".
    '|(?:data|figures|estimates)\\s+(?:from|by|compiled\\s+by)' +
    '|shares\\s+(?:in|of)|stake\\s+in' +
    // "its merger with Paramount Global": only bodies merge; "spun off from Xerox": only
    // companies spin a business off.
    '|merger\\s+with|spun\\s+(?:off|out)\\s+(?:from|of)' +
    // "its coalition partner Siumut": parties govern together.
    '|(?:coalition|junior|governing)\\s+partners?' +
    // "a joint venture with De Beers": only bodies go into ventures together.
    '|joint\\s+venture\\s+(?:with|between)' +
    // "Istanbul-based Demir Makina": what is based somewhere by name is a body (a person there
    // is named after a noun: "a London-based analyst").
    '|[a-z.]+-based' +
    // "container lines including Maersk and Hapag-Lloyd", "banks such as HSBC".
    `|(?:${BODY_PLURALS})\\s*,?\\s+(?:including|such\\s+as|like)` +
    '|(?:group|company|firm|gang|network|movement|organi[sz]ation|hackers|crew)' +
    '(?:\\s+(?:calling\\s+itself|called|named|known\\s+as)|,?\\s+(?:which|that)\\s+(?:calls\\s+itself|is\\s+(?:called|known\\s+as)))' +
    ')\\s+(?:the\\s+)?$',
  'i',
);
/**
 * A party by its place in politics: "the hard-left France Unbowed", "the ruling Georgian Dream",
 * "the pro-business Liberal Initiative"; a group, an outlet by whose side it takes ("the
 * pro-Ukrainian Silent Crow", "the pro-government Daily Sabah").
 * A person can stand there too ("the far-right Geert Wilders"): not a name that opens with a
 * first name.
 */
const POLITICS_BEFORE =
  /\b(?:(?:far|hard|extreme|radical|centre|center)-(?:right|left)(?:-wing)?|(?:right|left)-wing|centrist|ruling|opposition|pro-[a-z]+)\s+(?:the\s+)?$/i;
/**
 * Who runs it: "the director general of Inter-Services Public Relations" (not "president of",
 * which a country has, nor one everyday word: "head of Policy").
 */
const RUNS_IT_BEFORE =
  /\b(?:director(?:[-\s]general)?|head|chief\s+executive|chairman|chairwoman|chairperson)\s+of\s+(?:the\s+)?$/i;
/** Who runs it, as a clause: "who leads", "who heads", "who chairs". */
const WHO_LEADS_BEFORE = /\bwho\s+(?:leads|heads|chairs)\s+(?:the\s+)?$/;
const MAX_WORDS = 5;
/** A sentence opening with what is held in a firm: "Shares of …", "Stocks in …". */
const SHARES_OF = /^(?:Shares|Stocks?|Bonds)\s+(?:of|in)\s+(?=\p{Lu})/u;

/**
 * Organisation spans for the names after such words, each name of "X and Y" its own. Known
 * places, people and nationalities are left alone ("researchers at Oxford", "experts from
 * Tajikistan"), and so is a name after a title.
 */
export function orgCueBeforeSpans(runs: readonly Run[], text: string): Span[] {
  const out: Span[] = [];
  // The run before, when a cue or a list made it a body: the next name of the same list is one too.
  let listed: Run | null = null;
  for (const whole of runs) {
    const previous = listed;
    listed = null;
    if (whole.sentence.headline) continue;
    // "Shares of Cleveland-Cliffs" opening a sentence is one run: the cue is inside it.
    const opensWithShares = SHARES_OF.test(text.slice(whole.units[0]!.start, whole.units[whole.units.length - 1]!.end));
    const run = opensWithShares ? { ...whole, units: whole.units.slice(2) } : whole;
    if (!run.units.length) continue;
    const first = run.units[0]!;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const party = !CUE_BEFORE.test(before) && POLITICS_BEFORE.test(before);
    // "an Anglican priest who leads Linyon Demokratik Seselwa": not a rival led in the polls
    // ("who leads Nikki Haley by 30 points"), so never one word nor a name opening with a first name.
    const runsIt =
      (RUNS_IT_BEFORE.test(before) && !(run.units.length === 1 && isEverydayWord(first.text))) ||
      (WHO_LEADS_BEFORE.test(before) &&
        run.units.length > 1 &&
        (gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) === 0);
    // "analysts at Goldman Sachs, Morgan Stanley and Citi": every name of the list the cue opens.
    const gap =
      previous?.sentence === run.sentence
        ? text.slice(previous.units[previous.units.length - 1]!.end, first.start)
        : '';
    const inList = LIST_GAP.test(gap);
    // "The St. Louis-based Catholic nonprofit": a faith after "-based" describes the body.
    const cuedHere = CUE_BEFORE.test(before) && !(run.units.length === 1 && FAITH.test(first.text));
    // "a spokesperson for Maersk, Anna Jensen, said": a person's name after the comma ends the list.
    const cued = cuedHere || (inList && !personShaped(run.units));
    if (!party && !runsIt && !cued) continue;
    if (cued) listed = run;
    // "the ruling In re A.C.": a court's ruling, before a word that names nothing.
    if (party && (personShaped(run.units) || /^(?:In|On|At|Of|By|For|To|As|It|And|Or|But)$/.test(first.text))) continue;
    // "Institute for National Defense and Security Research": a body named for its remit keeps its "and".
    // "Adani Ports and Special Economic Zone", "Procter and Gamble": a part of everyday words
    // alone names nothing, so the "and" is inside one name; unless another part is a name the
    // lists know ("companies such as OpenAI and Perplexity" lists two).
    const split = splitAtAnd(run.units);
    const partText = (p: readonly Unit[]) => text.slice(p[0]!.start, p[p.length - 1]!.end);
    const parts =
      namesRemit(run.units) ||
      // The last two of a list written with commas, joined by "and", are two names.
      (!(inList && gap.includes(',')) &&
        split.some((p) => p.every((u) => isEverydayWord(u.text) && !isDemonym(u.text))) &&
        !split.some((p) => gazetteerClass(partText(p)) === 'organization'))
        ? [run.units]
        : split;
    for (const part of parts) {
      if (part.length > MAX_WORDS) continue;
      const last = part[part.length - 1]!;
      const name = text.slice(part[0]!.start, last.end);
      if (namesNoFirm(name, part[0]!, null)) continue;
      // "Enron Corp.": a company suffix keeps its full stop.
      const end = /^(?:Corp|Inc|Ltd|Co|Bros)$/.test(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
      out.push(makeSpan(part[0]!.start, end, 'organization', 'apposition'));
    }
  }
  return out;
}

/**
 * Whether a name looks like a person's: it opens with a first name, or is two or three words,
 * none an everyday word, a place or a nationality ("Geert Wilders", not "Georgian Dream").
 */
function personShaped(units: readonly Unit[]): boolean {
  const first = units[0]!;
  if (['FirstName', 'MaleName', 'FemaleName'].some((t) => first.tags.has(t))) return true;
  if ((gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0) return true;
  return (
    units.length >= 2 &&
    units.length <= 3 &&
    units.every(
      (u) => /^\p{Lu}/u.test(u.text) && !isEverydayWord(u.text) && !gazetteerClass(u.text) && !isDemonym(u.text),
    )
  );
}

/** Whether a head word and "of"/"for" open a remit inside the run ("Institute for …"). */
function namesRemit(units: readonly Unit[]): boolean {
  return units.some((u, i) => ORG_OF_HEADS.has(u.text.toLowerCase()) && /^(?:of|for)$/i.test(units[i + 1]?.text ?? ''));
}

/**
 * A known place, person or nationality, or a name after a title ("a spokesman for President
 * Putin"): no firm, whatever the words around it say.
 */
export function namesNoFirm(name: string, first: Unit, before: Unit | null): boolean {
  const known = gazetteerClass(name);
  if (known === 'location' || known === 'person' || isDemonym(name)) return true;
  const isTitle = (u: Unit | null) => !!u && PERSON_TITLES.has(u.text.toLowerCase().replace(/\.$/, ''));
  return isTitle(first) || isTitle(before);
}
