import type { EventCountKind, EventRole, EventType } from '../../../lib/vocabulary/event-types.js';
import { eventCounts } from './event-counts.js';
import { eventGist } from './event-gist.js';
import { roleOf } from './event-roles.js';
import { isAssessedSubject, isOpinionAround } from './event-sentences.js';
import { findTriggers, type Trigger } from './event-triggers.js';
import { countryOfDemonym } from './gazetteer.js';
import type { ExtractedDate, ExtractedEntity, ExtractedEvent } from './types.js';

/** A trigger that only names an event as a cause, topic or background: "after the strikes", "over the violation". */
const REFERENCE_BEFORE =
  /\b(?:over|about|after|following|amid|since|despite|regarding|concerning|describing|condemning|against|of|for|into|on|(?:regards?|regarded|calls|called|considers?|considered|describes?|described|denounces?|denounced|condemns?|condemned)(?=\s+(?:the|this|these|those|that)\s))\s+(?:(?:the|a|an|this|these|that|those|its|their|such|series of|wave of|[\w-]+(?:'s|’s)|(?!(?:has|have|had|is|are|was|were|be|been|will|would|[a-z]+ed)\b)[a-z][\w-]*,?)\s+){0,5}$/i;
/** A trigger that did not happen: "to launch attacks", "prevent strikes", "the threat of war". */
const HYPOTHETICAL_BEFORE =
  /\b(?:to|prevent|preventing|prevents|stop|stopping|avoid|avoiding|combat|combating|combatting|counter|countering|fight|fighting|threat of|risk of|fears? of|potential|possible|future|any|no|without|if|unless|whether)\s+(?:(?:the|a|an|further|new|more|such|cross-border|[\w-]+ly)\s+){0,2}$/i;
/** Verbs of saying that only attribute what follows: an event of their own only when nothing else happens. */
const WEAK_SAYING = /^(?:said|says|told (?:reporters|journalists))$/i;
/** A noun subject that caused the reported event: "The deaths … prompted a protest". */
const CAUSAL_VERB = /\b(?:prompted|caused|triggered|sparked|led to|forced|resulted in|provoked|drew)\b/i;
/**
 * Event nouns counted as a trend, not one occurrence: "attacks in the Gulf of Aden had risen
 * this year", "the number of kidnappings fell". Read after a plural noun, within its clause.
 */
const TREND_AFTER =
  /^[^,;.]{0,50}?\b(?:(?:have|has|had)\s+(?:risen|fallen|increased|decreased|doubled|tripled|dropped|declined|grown|surged|slowed)|rose|fell|increased|decreased|doubled|tripled|dropped|declined|surged)\b/i;
const NUMBER_OF_BEFORE = /\b(?:number|rate|tally|count) of\s+$/i;
/** An event word inside a relative clause set off by commas: ", who met both sides,". */
const RELATIVE_BEFORE = /,\s*(?:who|which|whom)\s+(?:(?:had|has|have|was|were|also|earlier|recently)\s+)?$/i;
/** A preposition that places what follows: "in GBAO", "at the border in Khorog". */
const PLACE_PREP =
  /\b(?:in|at|near|inside|within|across|outside|on|into|to|over|off)\s+(?:the\s+)?(?:(?:[\w-]+(?:'s|’s)?)\s+){0,2}$/i;
const OTHER_EVENTS_TAIL =
  /,\s+(?:the\s+(?:latest|last|first|second|third|fourth|fifth|newest|most\s+recent)|part\s+of|amid|following|since|after|(?:days|weeks|months)\s+after)\b/i;
const FROM_PREP = /\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const NATIONALITY_SUFFIX =
  /^(?:-(?:backed|linked|led|based|run|controlled)|\s+(?:nationals|citizens|soldiers|troops|forces|officials|territory|soil|border|government|military|side|security|base|bases|embassy|consulate|warships?|vessels?|diplomats?))/i;

export interface Frame extends Omit<ExtractedEvent, 'type' | 'counts' | 'citations'> {
  type: EventType;
  counts: Partial<Record<EventCountKind, number>>;
  citations: { start: number; end: number }[];
  /** The sentence repeats an event named earlier ("the attacks", "this skirmish"). */
  anaphoric: boolean;
  headline: boolean;
  /** The sentence's own words for a verb event ("the Chinese side asked for …"), for a title that names nobody. */
  gist?: string | null;
}

/** The main event word of a sentence, or null when none reports something that happened. */
export function mainTrigger(sentence: string, at: number, names: ExtractedEntity[]): Trigger | null {
  // An event word inside a name is part of the name ("Collective Security Treaty Organization"),
  // unless it heads it: "Reinforcement of the Afghan Border" names the act.
  const all = findTriggers(sentence, at).filter(
    (t) => !names.some((n) => n.start <= t.start && t.end <= n.end && n.start !== t.start),
  );
  // An event noun opening the sentence and followed by an assessment: the sentence judges, it does not report.
  const opening = all.find((t) => !t.verb && t.start - at < 30);
  if (opening && isAssessedSubject(sentence, opening.end - at)) return null;
  const causal = CAUSAL_VERB.exec(sentence);
  const live = all.filter((t) => {
    const before = sentence.slice(Math.max(0, t.start - at - 70), t.start - at);
    if (HYPOTHETICAL_BEFORE.test(before)) return false;
    if (
      !t.verb &&
      /s$/i.test(t.text) &&
      (TREND_AFTER.test(sentence.slice(t.end - at)) || NUMBER_OF_BEFORE.test(before))
    )
      return false;
    if (causal && t.start - at < causal.index && !t.verb) return false;
    return true;
  });
  const reporting = live.filter(
    (t) => !(!t.verb && REFERENCE_BEFORE.test(sentence.slice(Math.max(0, t.start - at - 70), t.start - at))),
  );
  // "According to X, who met both sides, the Chinese side asked …": a relative clause describes
  // a source; the main clause's event is the one reported.
  const main = reporting.filter(
    (t) => !RELATIVE_BEFORE.test(sentence.slice(Math.max(0, t.start - at - 40), t.start - at)),
  );
  if (main.length) reporting.splice(0, reporting.length, ...main);
  // "Police said gunmen attacked …": the reported act is the event, the saying only its source.
  const strong = reporting.filter((t) => !(t.type === 'statement' && WEAK_SAYING.test(t.text)));
  if (strong.length) reporting.splice(0, reporting.length, ...strong);
  // A killing in the same sentence as an attack is the attack's outcome: the attack is the event.
  const pick = reporting.find((t) => t.type !== 'killing') ?? reporting[0] ?? null;
  if (pick && pick.type === 'killing') {
    const attack = live.find((t) => t.type === 'attack');
    if (attack) return attack;
  }
  return pick;
}

/** The event one body sentence reports, with its type, place, date, roles and counts. */
export function frameOf(
  text: string,
  span: { start: number; end: number; headline: boolean },
  inside: ExtractedEntity[],
  dates: ExtractedDate[],
  context: { documentDate: string | null; lastPlace: ExtractedEntity | null },
): Frame | null {
  const sentence = text.slice(span.start, span.end);
  const named = inside.filter((x) => x.type === 'person' || x.type === 'organization' || x.type === 'location');
  const trigger = mainTrigger(sentence, span.start, named);
  if (!trigger) return null;
  if (isOpinionAround(sentence, trigger.start - span.start, trigger.end - span.start, !trigger.verb)) return null;
  const rel = (n: number): string => sentence.slice(Math.max(0, n - span.start - 60), n - span.start);
  const anaphoric =
    !trigger.verb && /\b(?:the|this|these|that|those|such)\s+(?:[\w-]+\s+){0,2}$/i.test(rel(trigger.start));
  const location = placeOf(sentence, span.start, named, trigger, context.lastPlace);
  const participants: ExtractedEvent['participants'] = [];
  const seen = new Set<string>();
  for (const x of named) {
    if (location && x.key === location.key && x.type === 'location') continue;
    if (x.type === 'location' && PLACE_PREP.test(rel(x.start)) && !FROM_PREP.test(rel(x.start))) continue; // a place, not a party
    if (NATIONALITY_SUFFIX.test(text.slice(x.end, x.end + 20)) && x.type === 'location') continue;
    const id = `${x.type}:${x.key}`;
    const read: EventRole = roleOf(sentence, x.start, x.end, trigger, span.start);
    // A place is where people are detained, never who is: "detained the tanker … off Crete".
    const role: EventRole = read === 'target' && x.type === 'location' && trigger.type === 'arrest' ? 'other' : read;
    // A name met again keeps its first role, unless it is named again as the speaker ("Tobias
    // Ellwood, Minister for … welcomes …; Minister Ellwood said").
    if (seen.has(id)) {
      const first = participants.find((p) => p.key === x.key && p.type === x.type);
      if (first && first.role === 'other' && role === 'speaker' && x.start < trigger.start) first.role = role;
      continue;
    }
    seen.add(id);
    participants.push({ key: x.key, type: x.type, role });
  }
  // "A resident …, speaking on condition of anonymity, said …": a statement nobody named made or
  // received tells the analyst nothing the sentence's own event would not.
  if (trigger.type === 'statement' && !participants.some((p) => p.role === 'speaker' || p.role === 'addressee'))
    return null;
  const date = dateOf(sentence, dates, trigger, context.documentDate, span.start);
  const counts = eventCounts(sentence);
  return {
    title: '',
    type: trigger.type,
    start: span.start,
    end: span.end,
    date,
    ...placeFields(location, sentence, SAID_SOMEWHERE.has(trigger.type)),
    participants,
    counts,
    citations: [{ start: span.start, end: span.end }],
    trigger: trigger.text.toLowerCase(),
    anaphoric,
    headline: span.headline,
    gist: eventGist(sentence, span.start, trigger),
  };
}

/**
 * Where the event happened: a place after "in/at/near …" closest to the event word (the most
 * specific of "in Tajikistan's remote GBAO"), never a place the event came "from" and never a
 * capital standing for its government. "here" is the place the text last named.
 */
function placeOf(
  sentence: string,
  at: number,
  named: ExtractedEntity[],
  trigger: Trigger,
  lastPlace: ExtractedEntity | null,
): ExtractedEntity | null {
  const places = named.filter((x) => x.type === 'location');
  // "Dushanbe hosted the meeting": the host is where it took place.
  if (/^host/i.test(trigger.text)) {
    const host = places.filter((p) => p.end <= trigger.start && trigger.start - p.end < 30).pop();
    if (host && !/[,;]/.test(sentence.slice(host.end - at, trigger.start - at))) return host;
  }
  // "visited the village of Ishkashim": the place visited is where the visit happened.
  if (/^visit/i.test(trigger.text)) {
    const visited = places.find(
      (p) => p.start >= trigger.end && VISITED_PLACE_GAP.test(sentence.slice(trigger.end - at, p.start - at)),
    );
    if (visited) return visited;
  }
  let best: ExtractedEntity | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    const before = sentence.slice(Math.max(0, p.start - at - 40), p.start - at);
    if (!PLACE_PREP.test(before) || FROM_PREP.test(before)) continue;
    if (
      /\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(before) &&
      trigger.type !== 'deployment' &&
      trigger.type !== 'withdrawal'
    )
      continue;
    if (NATIONALITY_SUFFIX.test(sentence.slice(p.end - at, p.end - at + 20))) continue;
    // "X asked Y for talks; a working group is due in Dushanbe": a place past a semicolon is another clause's.
    if (sentence.slice(Math.min(p.end, trigger.end) - at, Math.max(p.start, trigger.start) - at).includes(';'))
      continue;
    // "…detained 14 people, the latest arrests since the attack near Moscow": a place in a tail that
    // relates this event to others is theirs.
    if (p.start > trigger.end && OTHER_EVENTS_TAIL.test(sentence.slice(trigger.end - at, p.start - at))) continue;
    // "in Tajikistan's remote GBAO": the owned place is the more specific one.
    const owned = /^['’]s\b/.test(sentence.slice(p.end - at, p.end - at + 2))
      ? places.find((q) => q.start > p.end && q.start - p.end < 40)
      : undefined;
    const chosen = owned ?? p;
    const distance = Math.abs(chosen.start - trigger.start);
    if (distance < bestDistance) {
      best = chosen;
      bestDistance = distance;
    }
  }
  if (!best && lastPlace && /\b(?:held|took place|met|was|were)\s+here\b/i.test(sentence)) return lastPlace;
  return best;
}

/** What may stand between "visited" and the place: "visited the village of ", "visited ". */
const VISITED_PLACE_GAP =
  /^\s+(?:the\s+)?(?:(?:village|town|city|district|region|province|capital|port|border|area|site|camp|base|valley)\s+of\s+)?$/i;

/** Event types said or asked somewhere: a nationality word in what is said is its topic, not its place. */
const SAID_SOMEWHERE: ReadonlySet<EventType> = new Set(['statement', 'request', 'call']);
/** A date that a referred-to event owns: "after the drone attacks of 30 November". */
const OTHER_EVENTS_DATE =
  /\b(?:after|following|since|before|over|despite|amid)\s+(?:the|this|these|those|that)\s+(?:[\w-]+\s+){0,3}(?:of|on)\s+$/i;

const GENERIC_DATE = /^(?:today|now|currently|this (?:week|month|year))$/i;
/** Words that let a date lie after the document date. */
const FUTURE =
  /\b(?:will|shall|next|upcoming|scheduled|planned|plans to|is to|are to|due to|expected to|later this)\b/i;

/** The date in the sentence closest to the event word; a generic "today" only right beside it. */
function dateOf(
  sentence: string,
  dates: ExtractedDate[],
  trigger: Trigger,
  documentDate: string | null,
  at: number,
): ExtractedDate | null {
  let best: ExtractedDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    // "after the drone attacks of 30 November": the date of another event the sentence refers to.
    if (d.start > trigger.end && OTHER_EVENTS_DATE.test(sentence.slice(Math.max(0, d.start - at - 60), d.start - at)))
      continue;
    const distance = Math.min(Math.abs(d.start - trigger.end), Math.abs(trigger.start - d.end));
    if (GENERIC_DATE.test(d.text.trim()) && distance > 25) continue;
    // "the past two decades", "since 2021": a stretch of background time, not when the event happened.
    if (d.precision === 'range' && (/\b(?:past|last|previous|since)\b/i.test(d.text) || d.endValue === null)) continue;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (
    best &&
    documentDate &&
    best.value.slice(0, 10) > documentDate.slice(0, best.value.length) &&
    !FUTURE.test(sentence)
  ) {
    // Nothing in the sentence says future: a date after the document's own is a misreading.
    return null;
  }
  return best;
}

/**
 * Past events a sentence names with their date inside another statement: "the collapse of the
 * Afghan government in 2021", "the 2019 attack on …". Each is its own event, cited by its phrase.
 */
export function datedMentions(
  text: string,
  span: { start: number; end: number },
  dates: ExtractedDate[],
  main: Trigger | null,
): Frame[] {
  const sentence = text.slice(span.start, span.end);
  const out: Frame[] = [];
  for (const t of findTriggers(sentence, span.start)) {
    if (t.verb || (main && main.start === t.start)) continue;
    const date = dates.find(
      (d) =>
        d.start >= t.end &&
        d.start - t.end <= 45 &&
        !/[.;:]/.test(text.slice(t.end, d.start)) &&
        (d.precision === 'year' || d.precision === 'month' || d.precision === 'day'),
    );
    if (!date) continue;
    const lead = /(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$/i.exec(text.slice(Math.max(span.start, t.start - 30), t.start));
    const start = lead ? t.start - lead[0].length : t.start;
    out.push({
      title: '',
      type: t.type,
      start,
      end: date.end,
      date,
      ...placeFields(null, text.slice(start, date.end)),
      participants: [],
      counts: {},
      citations: [{ start, end: date.end }],
      trigger: t.text.toLowerCase(),
      anaphoric: false,
      headline: false,
    });
  }
  return out;
}

const NATIONAL_THING =
  /\b([A-Z][a-z]+)\s+(?:government|situation|army|forces|military|territory|soil|border|side|capital|authorities|regime|state)\b/;

/** The named place, or the country a nationality word gives ("the collapse of the Afghan government" → Afghanistan). */
function placeFields(
  location: ExtractedEntity | null,
  passage: string,
  namedOnly = false,
): { locationKey: string | null; locationLabel: string | null } {
  if (location) return { locationKey: location.key, locationLabel: location.canonical };
  if (namedOnly) return { locationKey: null, locationLabel: null };
  const m = NATIONAL_THING.exec(passage);
  const country = m ? countryOfDemonym(m[1] as string) : null;
  return country
    ? { locationKey: country.toLowerCase(), locationLabel: country }
    : { locationKey: null, locationLabel: null };
}
