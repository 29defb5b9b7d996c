import {
  countryCode,
  gazetteerClass,
  gazetteerWordFlags,
  isDemonym,
  isEverydayWord,
  WORD_IS_FIRST_NAME,
  WORD_IS_LAST_NAME,
} from './gazetteer.js';
import type { NamedEntityType } from './types.js';
import {
  FAITH,
  CONNECTORS,
  HELD_IN,
  INSTITUTION_HEADS,
  LEGAL_SUFFIXES,
  ORG_HEADS,
  PARTY_ADJECTIVES,
  PERSON_TITLES,
  REPORT_ABBREVIATIONS,
  STANDING_OR_TRADE,
  STANDING_WORDS,
  TITLE_MODIFIERS,
  TRADE_WORDS,
} from './word-lists.js';
import type { TaggedSpan } from './ner/index.js';
import { COMPOUND_ADJECTIVE } from './compound-prefix.js';
import { inCreditLine } from './credit-line.js';
import { SpanIndex } from './span-index.js';
import { headPartAfterName } from './org-head-join.js';
import { isHyphenatedGivenName } from './runs.js';
import { isBodyWords } from './classify-run.js';
import { ORG_NOUNS } from './apposition.js';
import { makeSpan, type Span, type SpanSource } from './span.js';

/** Rule signals trusted to set the type of a span the model found. */
const TYPE_SETTERS: ReadonlySet<SpanSource> = new Set([
  'gazetteer',
  'head-rule',
  'apposition',
  'possessor',
  'title',
  'acronym',
]);
/** A span the model itself gives less than one chance in four (calibrated on dev) is dropped: +0.3 precision on dev, no recall lost. */
const MIN_MODEL_SCORE = 0.25;
/** Model spans outrank every rule span when they overlap: the model decides where names are. */
const MODEL_STRENGTH = 4.5;
/** A model span's strength when no rule span of its extent gave it its type: the tagger's guess. */
export const UNCONFIRMED_MODEL_STRENGTH = MODEL_STRENGTH;
/** Added when a rule span of the same extent gave the model's span its type. */
const RULE_TYPED_BONUS = 0.5;
/** The strongest a name's span gets here: the model's, with a rule agreeing. */
export const CONFIRMED_MODEL_STRENGTH = MODEL_STRENGTH + RULE_TYPED_BONUS;

export interface CombineOptions {
  /** Ranges where model spans are not taken (e.g. title-case headlines); rules still apply there. */
  ignore?: (start: number, end: number) => boolean;
}

/**
 * The learned tagger proposes the spans; an exact-span gazetteer match or a strong rule on the
 * same span sets the type; strong rule spans the model did not touch are added. Weak rule
 * guesses are dropped. Acronym linking and propagation run afterwards on the result.
 */
export function combineModelSpans(
  text: string,
  model: readonly TaggedSpan[],
  rules: readonly Span[],
  options: CombineOptions = {},
): Span[] {
  const exact = new Map<string, Span>();
  for (const r of rules) {
    if (!TYPE_SETTERS.has(r.source)) continue;
    const k = `${r.start}:${r.end}`;
    const prev = exact.get(k);
    // As strong, a noun right before a name outweighs a look-up: "the state news agency SANA" is
    // the agency, though the gazetteer knows a city Sana. Not where the name only modifies a
    // plural after it ("two giant Texas plants").
    // So does the kind of body said right after it: "Albemarle, the U.S. company that …", though
    // the gazetteer knows a county Albemarle.
    const contextOverLookup =
      prev?.source === 'gazetteer' &&
      r.source === 'apposition' &&
      r.strength === prev.strength &&
      ((ORG_NOUNS.has(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, r.start - 24), r.start))?.[1] ?? '') &&
        !/^\s+\p{Ll}+s\b/u.test(text.slice(r.end, r.end + 24))) ||
        bodyNamedAfter(text, r.end));
    if (!prev || r.strength > prev.strength || contextOverLookup) exact.set(k, r);
  }
  const nameWords = nameWordsOf(text, model);
  const out: Span[] = [];
  const covered = new Uint8Array(text.length + 1);
  // A rule span holding two or more model spans ran names together ("Mary Hain … Inc"): the model's
  // split wins. Not against a whole gazetteer name ("International Committee of the Red Cross"), nor
  // an institution whose parts only "of"/"for" joins ("State Committee" + "National Security").
  const modelIndex = new SpanIndex(model);
  const strong = rules.filter((r) => {
    if (!TYPE_SETTERS.has(r.source)) return false;
    // A name and the acronym it defines ("… (ISIL)") are one name, however the tagger split it.
    if (r.source === 'gazetteer' || r.source === 'acronym') return true;
    // "Manhattan District Attorney's" + "Office": an office named after its post is one body,
    // however the tagger split it at the possessive (possessor-org.ts `titledOffice`).
    if (isTitledOffice(text, r)) return true;
    const inside = modelIndex.overlapping(r.start, r.end).filter((m) => !(m.start <= r.start && m.end >= r.end));
    return (
      inside.length < 2 ||
      (r.source === 'head-rule' && headBeforeOf(text.slice(r.start, r.end)) && joinedByOf(text, inside)) ||
      // "U.N. Office" + "Affairs": a split that leaves an everyday word alone as a name is no split.
      (r.source === 'head-rule' &&
        headBeforeOf(text.slice(r.start, r.end)) &&
        inside.some((m) => isEverydayWord(text.slice(m.start, m.end)))) ||
      (r.source === 'head-rule' && joinedByAmpersand(text, inside)) ||
      // "Aviation" + "and" + "Railway Accident Investigation Board": a part that is one everyday
      // word names nothing, and the everyday word after "and" says it joins two fields of one
      // body's remit (not "Apple and Samsung Electronics", nor "Oracle and SoftBank Group").
      (r.source === 'head-rule' && joinsTwoFields(text, inside)) ||
      // "Nigerian Midstream" + "Downstream Petroleum Regulatory Authority": a part of everyday
      // words (a nationality at most) names nothing, so the institution is one name.
      (r.source === 'head-rule' &&
        namesInstitution(text.slice(r.start, r.end)) &&
        inside.some(
          (m) =>
            gazetteerClass(text.slice(m.start, m.end)) === null &&
            text
              .slice(m.start, m.end)
              .split(/\s+/)
              .every((w) => isEverydayWord(w) || isDemonym(w)),
        )) ||
      (r.source === 'head-rule' && headPartAfterName(text, r, inside)) ||
      (r.source === 'head-rule' && r.type === 'organization' && branchOfBody(text, r, inside)) ||
      (r.source === 'head-rule' && r.type === 'organization' && placeAndBody(text, r, inside)) ||
      (r.source === 'head-rule' && r.type === 'organization' && namesSee(text, r))
    );
  });
  const strongSet = new Set(strong);
  const strongIndex = new SpanIndex(strong);
  for (const raw of model) {
    if (raw.end <= raw.start || raw.end > text.length || options.ignore?.(raw.start, raw.end)) continue;
    if (raw.score < MIN_MODEL_SCORE) continue;
    const m = trimModelSpan(text, raw);
    if (!m) continue;
    const exactRule = exact.get(`${m.start}:${m.end}`);
    const rule =
      exactRule &&
      exactRule.source === 'gazetteer' &&
      isPersonalName(text.slice(m.start, m.end), m.type, nameWords) &&
      !(exactRule.type === 'location' && listedWithPlaces(text, m, strongIndex))
        ? undefined
        : exactRule;
    // "state broadcaster Tele Sahel", "oil firm Aker BP": a known name inside a name the noun
    // before it introduces is part of that name.
    if (
      rule?.source === 'gazetteer' &&
      strongIndex
        .overlapping(m.start, m.end)
        .some(
          (r) => r.source === 'apposition' && r.start <= m.start && r.end >= m.end && r.end - r.start > m.end - m.start,
        )
    )
      continue;
    // "By Christina Amann and Victoria Waldersee": a byline's or credit line's name holding the
    // model's span is a person's whole name, whatever place the model read in its first word.
    if (
      strongIndex
        .overlapping(m.start, m.end)
        .some(
          (r) =>
            r.source === 'title' &&
            r.type === 'person' &&
            r.start <= m.start &&
            r.end >= m.end &&
            r.end - r.start > m.end - m.start &&
            inCreditLine(text, r.start),
        )
    )
      continue;
    // "State Administration" + "for Market Regulation": an institution the tagger ended at its
    // "for" or "of", or at the comma of its remit's list ("Ministry of Economy" + ", Trade and
    // Industry"), is the rule's whole name.
    if (
      m.type === 'organization' &&
      strongIndex
        .overlapping(m.start, m.end)
        .some(
          (r) =>
            r.type === 'organization' &&
            r.start === m.start &&
            r.end > m.end &&
            /^(?:\s+(?:for|of|on)|,)\s+\p{Lu}/u.test(text.slice(m.end, r.end)) &&
            headBeforeOf(text.slice(r.start, r.end)),
        )
    )
      continue;
    // "left the Port of Houston for Santos": a place the rules named by its head word, then "for"
    // and where to, are two places however the tagger ran them together.
    const placeThenFor = strongIndex
      .inside(m.start, m.end)
      .find(
        (r) =>
          r.source === 'head-rule' &&
          r.type === 'location' &&
          r.start === m.start &&
          /^\s+for\s+\p{Lu}/u.test(text.slice(r.end, m.end)),
      );
    if (placeThenFor) {
      const to = placeThenFor.end + /^\s+for\s+/.exec(text.slice(placeThenFor.end))![0].length;
      const where = gazetteerClass(text.slice(to, m.end)) ?? 'location';
      out.push({ ...makeSpan(to, m.end, where, 'model'), strength: MODEL_STRENGTH });
      covered.fill(1, to, m.end);
      continue;
    }
    // "the U.S. Attorney's Office for the Southern District of New York": the whole office, not a
    // known place or the tagger's piece inside it.
    if (
      strongIndex
        .overlapping(m.start, m.end)
        .some(
          (r) => isTitledOffice(text, r) && r.start <= m.start && r.end >= m.end && r.end - r.start > m.end - m.start,
        )
    )
      continue;
    if (exactRule && !rule) {
      out.push({ ...makeSpan(m.start, m.end, m.type, 'model'), strength: MODEL_STRENGTH });
      covered.fill(1, m.start, m.end);
      continue;
    }
    // "Treasury's Office of Foreign Assets Control": an owner and the body it owns are two names.
    const owned = rule ? undefined : ownedBody(text, m, strongIndex);
    if (owned) {
      const owner = text.slice(m.start, owned.start).replace(/['’]s\s+$/, '');
      const ownerType = gazetteerClass(owner) === 'location' ? 'location' : 'organization';
      out.push({ ...makeSpan(m.start, m.start + owner.length, ownerType, 'model'), strength: MODEL_STRENGTH });
      covered.fill(1, m.start, m.start + owner.length);
      continue;
    }
    // "Rome's Fiumicino", "Iran's Revolutionary Guards", "Philippines' Cebu": a known place
    // owning a name is a name apart.
    const placeOwned = rule ? null : placeOwner(text, m);
    if (placeOwned) {
      const owner = makeSpan(m.start, placeOwned.end, 'location', 'model');
      const rest = makeSpan(placeOwned.restStart, m.end, m.type, 'model');
      out.push({ ...owner, strength: MODEL_STRENGTH }, { ...rest, strength: MODEL_STRENGTH });
      covered.fill(1, m.start, m.end);
      continue;
    }
    // A strong rule span that contains or crosses the model's span keeps its longer, whole name.
    if (!rule && strongIndex.overlapping(m.start, m.end).some((r) => !(m.start <= r.start && m.end >= r.end))) continue;
    if (!rule && isNationalityPhrase(text.slice(m.start, m.end))) continue;
    // "Geologists had warned …": people named by their trade, capitalised only where the sentence
    // opens, are no body.
    if (!rule && PEOPLE_BY_TRADE.has(text.slice(m.start, m.end).toLowerCase())) continue;
    // "Afghan territory": a nationality word is not a place or an organisation.
    if (!rule && isDemonym(text.slice(m.start, m.end)) && gazetteerClass(text.slice(m.start, m.end)) === null) continue;
    // "the St. Louis-based Catholic nonprofit": nor is a faith alone a body.
    if (!rule && m.type === 'organization' && FAITH.test(text.slice(m.start, m.end))) continue;
    // "China-Taliban", "London-UK": two known names joined by a hyphen stay two names.
    if (!rule && coveredByParts(text, m, strongIndex)) continue;
    // "Chinese Embassy in Dushanbe": a head-word name opening the model's span gives it its type.
    const opening = rule
      ? undefined
      : strongIndex.inside(m.start, m.start + 1).find((r) => r.source === 'head-rule' && r.end < m.end);
    // "the R Adams Cowley Shock Trauma Center": so does one ending it, its head word the span's last.
    const closing =
      rule || opening
        ? undefined
        : strongIndex.inside(m.start + 1, m.end).find((r) => r.source === 'head-rule' && r.end === m.end);
    let type =
      rule?.type ?? opening?.type ?? closing?.type ?? gazetteerType(text.slice(m.start, m.end), m.type, nameWords);
    // "the Trump International Hotel": a hotel, a stadium or an arena is a place, whatever body
    // the tagger read in it.
    if (
      !rule &&
      type === 'organization' &&
      /\s(?:Hotel|Stadium|Arena)$/.test(text.slice(m.start, m.end)) &&
      gazetteerClass(text.slice(m.start, m.end)) === null
    )
      type = 'location';
    // "According to Dilnoza Karimova": a source of information, not a destination; an unknown
    // name there is a person (a known place or organisation was typed by the gazetteer above).
    if (!rule && type === 'location' && /\baccording to\s+$/i.test(text.slice(Math.max(0, m.start - 14), m.start)))
      type = gazetteerClass(text.slice(m.start, m.end)) ?? 'person';
    const s = makeSpan(m.start, m.end, type, 'model');
    // A type a rule confirms outweighs the model's guess for the same name elsewhere in the
    // document ("Norway's Equinor said" guessed a person; "Shares in Equinor" says a company).
    s.strength = rule ? CONFIRMED_MODEL_STRENGTH : MODEL_STRENGTH;
    out.push(s);
    covered.fill(1, m.start, m.end);
  }
  // Titled offices first: a head-rule piece of one ("Office for the Southern District …") gives way.
  const offices = new Set(rules.filter((r) => isTitledOffice(text, r)));
  const byOffice = [...rules].sort((a, b) => Number(offices.has(b)) - Number(offices.has(a)));
  for (const r of byOffice) {
    if (!strongSet.has(r)) continue;
    // "Customer Service", "Post Office": a head word after everyday words is too weak on its own,
    // unless the tagger found the name those words open ("Blue Lagoon" in "Blue Lagoon Shipping"),
    // or the whole name as a body however unsure it was ("the Financial Crimes Enforcement
    // Network"), or the name is said to be based somewhere ("Dubai-based Blue Lagoon Shipping and
    // Trading").
    // Nor a body named for its purpose ("Campaign to End Loneliness": runs.ts joins those only).
    if (
      r.source === 'head-rule' &&
      !hasNameWord(text.slice(r.start, r.end)) &&
      !namesInstitution(text.slice(r.start, r.end)) &&
      !/ to \p{Lu}/u.test(text.slice(r.start, r.end)) &&
      !namesFacility(text, r.start, r.end) &&
      !modelIndex
        .inside(r.start, r.end)
        .some((m) => m.start === r.start && (m.score >= MIN_MODEL_SCORE || (m.end === r.end && m.type === r.type))) &&
      !endsInBusiness(text.slice(r.start, r.end)) &&
      !/\p{L}-based\s+$/u.test(text.slice(Math.max(0, r.start - 8), r.start)) &&
      !ownedByKnownName(text, r.start, r.end) &&
      !ownedByPerson(text, r.start, model)
    )
      continue;
    // "Villages of mud-brick homes …": an everyday plural opening a sentence that the lists know as
    // a place somewhere ("The Villages") is the word, unless the tagger found a name there too.
    // Not a country ("Turkey said …", "Wales beat …").
    if (
      r.source === 'gazetteer' &&
      /^\p{Lu}\p{Ll}+s$/u.test(text.slice(r.start, r.end)) &&
      isEverydayWord(text.slice(r.start, r.end)) &&
      countryCode(text.slice(r.start, r.end)) === null &&
      opensSentence(text, r.start) &&
      modelIndex.overlapping(r.start, r.end).length === 0
    )
      continue;
    let free = true;
    for (let i = r.start; i < r.end && free; i++) if (covered[i]) free = false;
    if (free) out.push({ ...r });
  }
  return out;
}

/**
 * An office named after its post, with the place it serves ("Harris County Sheriff's Office",
 * "the U.S. Attorney's Office for the Southern District of New York"): possessor-org.ts `titledOffice`.
 */
function isTitledOffice(text: string, r: Span): boolean {
  return (
    r.source === 'possessor' && /['’]s (?:Office|Department)(?: (?:of|for|on) .+)?$/.test(text.slice(r.start, r.end))
  );
}

/**
 * The rule's name for a body that ends the model's span after an owner's possessive ("Treasury's"
 * + "Office of Foreign Assets Control"), if there is one.
 */
function ownedBody(text: string, m: { start: number; end: number }, strong: SpanIndex<Span>): Span | undefined {
  return strong
    .inside(m.start, m.end)
    .find(
      (r) =>
        r.type === 'organization' &&
        r.start > m.start &&
        r.end === m.end &&
        /^\p{Lu}[^'’]*['’]s\s+$/u.test(text.slice(m.start, r.start)),
    );
}

const STANDING = new RegExp(`^(?:${STANDING_WORDS})\\s+(?=\\p{Lu})`, 'u');
/** "Chipmaker Nvidia said", "Broadcaster David Attenborough": a trade opening the sentence is not part of the name. */
const TRADE = new RegExp(`^(?:${TRADE_WORDS})\\s+(?=\\p{Lu})`, 'u');

/**
 * "Saudi Arabia's Public Investment Fund", "Norway's Government Pension Fund": after a known
 * place's or body's possessive, capitals on everyday words before a body's head make them a name.
 */
function ownedByKnownName(text: string, start: number, end: number): boolean {
  const o = /((?:\p{Lu}[\p{L}.-]* ){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!o) return false;
  // The owner is the place its last words name ("Saudi Arabia", not a word before it), or a body
  // the lists know, owning a name that ends in a body's head word: "the Metropolitan Police's
  // Counter Terrorism Command" (not a headline's "Google's Personal Search Results & …").
  const words = o[1]!.split(' ');
  const head = /(\p{L}+)$/u.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? '';
  return words.some((_, i) => {
    const owner = gazetteerClass(words.slice(i).join(' '));
    return owner === 'location' || (owner === 'organization' && ORG_HEADS.has(head));
  });
}

/** "Crown Prince Mohammed bin Salman's Public Investment Fund": a person the tagger found owns the name. */
function ownedByPerson(text: string, start: number, model: readonly TaggedSpan[]): boolean {
  const owner = /['’]s\s+$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (!owner) return false;
  const end = start - owner[0].length;
  return model.some((m) => m.type === 'person' && m.end === end && m.score >= MIN_MODEL_SCORE);
}

/**
 * Where a known place's possessive ends the owner in the model's span, and where the name it owns
 * starts ("Rome's Fiumicino", "Philippines' Cebu"), or null.
 */
function placeOwner(text: string, m: { start: number; end: number }): { end: number; restStart: number } | null {
  const o = /^(\p{Lu}[^'’]*?)(?:['’]s|(?<=s)['’]) (?=\p{Lu})/u.exec(text.slice(m.start, m.end));
  return o && gazetteerClass(o[1]!) === 'location'
    ? { end: m.start + o[1]!.length, restStart: m.start + o[0].length }
    : null;
}

/** People named by their trade or part, in the plural: "Geologists", "Rescuers", "Residents". */
const PEOPLE_BY_TRADE = new Set(
  (
    'geologists scientists researchers analysts economists experts officials residents witnesses ' +
    'rescuers doctors engineers investigators villagers farmers workers survivors seismologists ' +
    'meteorologists volcanologists climatologists hydrologists'
  ).split(' '),
);

/** Head words only a company's name ends with: "Crescent Petroleum", "Blue Lagoon Shipping", "Duke Energy" (everyday words before them all the same). */
const BUSINESS_HEADS = new Set(
  'petroleum energy mining shipping trading airlines airways motors holdings industries technologies pharmaceuticals petrochemical petrochemicals logistics contracting telecom telecoms ferries'.split(
    ' ',
  ),
);

/** Kinds of a trade, not names: "Renewable Energy", "Offshore Shipping". */
const SECTOR_KINDS = new Set(
  'renewable clean green solar wind nuclear atomic alternative fossil offshore deep-sea global international'.split(
    ' ',
  ),
);

function endsInBusiness(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return (
    words.length >= 2 &&
    BUSINESS_HEADS.has(words[words.length - 1]!.toLowerCase()) &&
    !SECTOR_KINDS.has(words[words.length - 2]!.toLowerCase())
  );
}

/** "Tajik Citizens", "Afghan Border", "Kyrgyz-Tajik": nationalities and common nouns describe, they do not name. */
function isNationalityPhrase(phrase: string): boolean {
  if (/^[\p{L}'’]+(?:-[\p{L}'’]+)+$/u.test(phrase) && phrase.split('-').every((w) => isDemonym(w))) return true;
  const words = phrase.split(/\s+/);
  const last = (words[1] ?? '').toLowerCase();
  return (
    words.length === 2 &&
    isDemonym(words[0] as string) &&
    isEverydayWord(last) &&
    !isDemonym(last) &&
    !ORG_HEADS.has(last) &&
    // "the Swiss Alps", "the Canadian Rockies": a range the lists know, named with its country.
    !(/s$/.test(last) && gazetteerClass(words[1] as string) === 'location')
  );
}

/** The gazetteer's type for a model span, except that a known personal name the model calls a person stays one ("Stanley"). */
function gazetteerType(phrase: string, modelType: NamedEntityType, nameWords: ReadonlySet<string>): NamedEntityType {
  const g = gazetteerClass(phrase);
  if (!g || isPersonalName(phrase, modelType, nameWords)) return modelType;
  return g;
}

/** A one-word person the model found that is a known first or last name, or part of a person named in full in this text ("Mao" after "Mao Ning"). */
function isPersonalName(phrase: string, modelType: NamedEntityType, nameWords: ReadonlySet<string>): boolean {
  if (modelType !== 'person' || /\s/.test(phrase)) return false;
  return nameWords.has(phrase) || (gazetteerWordFlags(phrase) & (WORD_IS_FIRST_NAME | WORD_IS_LAST_NAME)) !== 0;
}

/**
 * "the Bahamas, Bangladesh, Barbados, Benin and Chad": a name listed right after or before a known
 * place, a comma or "and" between, is a place too, whatever person's name it is as well.
 */
function listedWithPlaces(text: string, m: { start: number; end: number }, strong: SpanIndex<Span>): boolean {
  const before = /(?:,|,?\s+and)\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start));
  const after = /^(?:,|,?\s+and)\s+/.exec(text.slice(m.end, m.end + 6));
  const placeEndsAt = (at: number) => strong.overlapping(at - 1, at).some((r) => r.type === 'location' && r.end === at);
  const placeStartsAt = (at: number) =>
    strong.overlapping(at, at + 1).some((r) => r.type === 'location' && r.start === at);
  return (!!before && placeEndsAt(m.start - before[0].length)) || (!!after && placeStartsAt(m.end + after[0].length));
}
/** Every word of every person the model named in two or more words: the family name comes first in "Mao Ning". */
function nameWordsOf(text: string, model: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const m of model) {
    if (m.type !== 'person') continue;
    const words = text.slice(m.start, m.end).trim().split(/\s+/);
    if (words.length >= 2) for (const w of words) out.add(w);
  }
  return out;
}

/** Whether a phrase has a word that is a name or a nationality ("Chinese Embassy", "Embassy of Japan"), not only everyday words ("Customer Service"). */
function hasNameWord(phrase: string): boolean {
  return phrase.split(/[\s-]+/).some(
    (w) =>
      /\p{L}/u.test(w) &&
      // "Japan", "China", "Turkey" are everyday words too, but a capitalised one is the country.
      (!isEverydayWord(w) || isDemonym(w) || (/^\p{Lu}/u.test(w) && gazetteerClass(w) === 'location')) &&
      !/^(of|for|and|the|on|in)$/i.test(w),
  );
}

function coveredByParts(text: string, m: TaggedSpan, strong: SpanIndex<Span>): boolean {
  const inside = strong.inside(m.start, m.end);
  if (inside.length < 2) return false;
  // Known names of different kinds hyphenated inside one span ("China-Taliban Nexus") are not one name;
  // "Islamic State of Iraq and the Levant" is.
  if (
    new Set(inside.map((r) => r.type)).size > 1 &&
    inside.some((r) => inside.some((q) => text.slice(r.end, q.start) === '-'))
  )
    return true;
  let rest = text.slice(m.start, m.end);
  for (const r of [...inside].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, r.start - m.start) + rest.slice(r.end - m.start);
  // "Treasury Department's Office of Foreign Assets Control": a possessive joins two names too.
  return /^(?:[\s,-]|['’]s\b)*$/.test(rest);
}

/** ", the U.S. company that …", ", a Chinese state firm": the kind of body a name is, said right after it. */
function bodyNamedAfter(text: string, end: number): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:[\p{L}.'’-]+\s+){0,3}?)(\p{Ll}+)(?=[\s,.])/u.exec(text.slice(end, end + 60));
  // Only a nationality or a few plain words before the noun: "the U.S. company", "a Chinese state firm".
  const before = m?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];
  return (
    !!m &&
    ORG_NOUNS.has(m[2]!) &&
    before.every((w) => /^\p{Lu}/u.test(w) || /^(?:state|state-owned|listed|private|big|large|major|leading)$/.test(w))
  );
}

/**
 * Where [start, end) ends once title words at its end are given back to the title that follows
 * it ("District" of "District Attorney Fran Chardo"); `end` when there are none, or nothing but
 * a connector would be left ("Department of Justice" stays whole).
 */
function beforeTitleWords(text: string, start: number, end: number): number {
  const next = /^ (\p{Lu}\p{L}+) \p{Lu}/u.exec(text.slice(end, end + 40));
  if (!next || !PERSON_TITLES.has(next[1]!.toLowerCase())) return end;
  let cut = end;
  for (
    let w = /\s(\p{Lu}\p{L}+)$/u.exec(text.slice(start, cut));
    w;
    w = /\s(\p{Lu}\p{L}+)$/u.exec(text.slice(start, cut))
  ) {
    if (!TITLE_MODIFIERS.has(w[1]!.toLowerCase())) break;
    cut = start + w.index;
  }
  const left = text.slice(start, cut).trim();
  return left && !CONNECTORS.has(/\S+$/.exec(left)![0].toLowerCase()) ? cut : end;
}

/** Where [start, end) ends without the title words at its end, when a capitalised name follows; `end` otherwise. */
function beforeTrailingTitle(text: string, start: number, end: number): number {
  if (!/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return end;
  let cut = end;
  for (
    let w = /\s(\p{Lu}[\p{L}-]+)$/u.exec(text.slice(start, cut));
    w;
    w = /\s(\p{Lu}[\p{L}-]+)$/u.exec(text.slice(start, cut))
  ) {
    if (!w[1]!.split('-').every((part) => PERSON_TITLES.has(part.toLowerCase()))) break;
    cut = start + w.index;
  }
  return cut;
}

/**
 * Whether [start, end) is the field of a post before its title: a country's adjective and title
 * words ("British Defence" Secretary), or everyday words before a minister's or a commissioner's
 * title and a name ("Internal Market" Commissioner Thierry Breton).
 */
function isTitleField(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  const next = /^ (\p{L}+)( \p{Lu})?/u.exec(text.slice(end, end + 30));
  if (words.length < 2 || !next || !PERSON_TITLES.has(next[1]!.toLowerCase())) return false;
  if (isDemonym(words[0]!) && words.slice(1).every((w) => TITLE_MODIFIERS.has(w.toLowerCase()))) return true;
  return (
    /^(?:Commissioner|Secretary|Minister)$/.test(next[1]!) &&
    next[2] !== undefined &&
    words.every((w) => isEverydayWord(w) && !ORG_HEADS.has(w.toLowerCase()))
  );
}

/**
 * "Islamic State" + "West Africa Province": a body and, right after it, the place its branch
 * works in, which the rules read as one organisation's name.
 */
function branchOfBody(text: string, r: Span, inside: readonly TaggedSpan[]): boolean {
  const sorted = [...inside].sort((a, b) => a.start - b.start);
  return (
    sorted[0]!.start === r.start &&
    sorted[0]!.type === 'organization' &&
    sorted.slice(1).every((m, i) => m.type === 'location' && text.slice(sorted[i]!.end, m.start) === ' ')
  );
}

/** A company's suffix with its full stop, then a capitalised word that is no second suffix. */
const COMPANY_SUFFIX_THEN_NAME = new RegExp(
  String.raw`\b((?:${LEGAL_SUFFIXES})\.)\s+(?!(?:${LEGAL_SUFFIXES})\b)(?=\p{Lu})`,
  'u',
);

/**
 * House conventions the model does not always follow: no leading "the" ("the Island of Divar"),
 * no trailing lower-case word ("Tulcea county"), no surrounding punctuation.
 */
function trimModelSpan(text: string, m: TaggedSpan): TaggedSpan | null {
  let start = m.start;
  let end = m.end;
  // "Chinese-backed", "Uyghur-linked": a compound adjective, not a name.
  if (/-\p{Ll}+$/u.test(text.slice(start, end)) && !/\s/.test(text.slice(start, end))) return null;
  // "Philippine Defence Secretary Gilberto Teodoro": a country and a post's field are the
  // person's title, no body.
  if (m.type === 'organization' && isTitleField(text, start, end)) return null;
  // "Cross-Border", "Long-Range" in a headline: everyday words hyphenated are no name.
  const word = text.slice(start, end);
  // "Aug 14 (Reuters) - Mars, …": no name runs across a dateline's closing bracket ("Jordan Armed
  // Forces – Arab Army" is one name, dash and all).
  if ((word.match(/\(/g)?.length ?? 0) !== (word.match(/\)/g)?.length ?? 0)) return null;
  // "the St. Louis Post-Dispatch and The Buffalo News": a capital "The" after "and" opens another
  // name; the first is the tagger's, the rules find the second.
  const another = / and The /.exec(word);
  if (another) end = start + another.index;
  if (
    /^\p{L}+(?:-\p{L}+)+$/u.test(word) &&
    word.split('-').every((p) => isEverydayWord(p)) &&
    gazetteerClass(word) === null
  )
    return null;
  const lead = /^(?:the|The)\s+(?=\p{Lu})/u.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  // "Magdeburg Christmas market": a feast after a known place, before what is held for it, is no
  // part of the place's name.
  const feast = /\s+(?:Christmas|Easter|Ramadan|Eid|Diwali|Thanksgiving|Hanukkah|Carnival)$/.exec(
    text.slice(start, end),
  );
  if (feast && gazetteerClass(text.slice(start, end - feast[0].length)) === 'location' && nextLowerWord(text, end))
    end -= feast[0].length;
  // "Russian Wagner Group": a nationality before a body the lists know by the rest.
  const nation = /^(\p{Lu}\p{L}+)\s+(?=\p{Lu})/u.exec(text.slice(start, end));
  if (
    nation &&
    isDemonym(nation[1]!) &&
    gazetteerClass(text.slice(start, end)) === null &&
    gazetteerClass(text.slice(start + nation[0].length, end)) === 'organization'
  )
    start += nation[0].length;
  // "Leftist Dissanayake wins …": a headline's word for where a person stands is no part of the name.
  const stance = m.type === 'person' ? /^(\p{Lu}\p{Ll}+ist)\s+(?=\p{Lu})/u.exec(text.slice(start, end)) : null;
  if (stance && gazetteerClass(stance[1]!) === null && isEverydayWord(stance[1]!)) start += stance[0].length;
  // "Shares of Tesla", "Most of Europe": what is held in or taken from a name opens a sentence;
  // "Rival Roche": so does a word for how it stands to another.
  const partOf =
    HELD_IN.exec(text.slice(start, end)) ?? STANDING.exec(text.slice(start, end)) ?? TRADE.exec(text.slice(start, end));
  if (partOf) start += partOf[0].length;
  // "Striking Canada Post workers": a participle opening the sentence is no part of the name
  // after it, where that name opens with a known one.
  const participle = /^(\p{Lu}\p{Ll}+ing) (?=(\p{Lu}[\p{L}.-]*))/u.exec(text.slice(start, end));
  if (
    participle &&
    opensSentence(text, start) &&
    isEverydayWord(participle[1]!) &&
    gazetteerClass(participle[2]!) !== null
  )
    start += participle[0].length;
  // "The Peronist alliance Fuerza Patria": a movement's adjective before a body's noun is no name.
  if (
    /^\p{Lu}\p{Ll}+ist$/u.test(text.slice(start, end)) &&
    gazetteerClass(text.slice(start, end)) === null &&
    ORG_NOUNS.has(nextLowerWord(text, end))
  )
    return null;
  // "Billionaire Andrej Babis's ANO party": an everyday word opening the sentence before a given
  // name describes the person; it names nothing.
  const alone = text.slice(start, end);
  if (
    /^\p{Lu}\p{Ll}+$/u.test(alone) &&
    opensSentence(text, start) &&
    isEverydayWord(alone) &&
    gazetteerClass(alone) === null &&
    (gazetteerWordFlags(/^ (\p{Lu}\p{Ll}+) \p{Lu}/u.exec(text.slice(end, end + 40))?.[1] ?? '') &
      WORD_IS_FIRST_NAME) !==
      0
  )
    return null;
  // "the top Democrat on …": a party's member word alone names no one; nor does an American
  // party's adjective before a noun or a title ("the Republican candidate", "Republican
  // President Gerald Ford"; not "the Labour government").
  if (m.type === 'person' && PARTY_ADJECTIVES.has(alone.toLowerCase())) return null;
  if (
    /^(?:Republican|Democratic)$/.test(alone) &&
    ((/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && nextLowerWord(text, end)) ||
      PERSON_TITLES.has(/^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? ''))
  )
    return null;
  // "Army chief Ashok Raj Sigdel": a body's head word alone, capitalised only because it opens the
  // sentence, before a post held there, is no name.
  const head = /^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end)) ? text.slice(start, end).toLowerCase() : '';
  if (
    m.type === 'organization' &&
    INSTITUTION_HEADS.has(head) &&
    opensSentence(text, start) &&
    PERSON_TITLES.has(nextLowerWord(text, end))
  )
    return null;
  // "north-western Syria": lower-case words before a written name are not part of it.
  // "rivals easyJet": the same before a name written with a capital inside.
  const lowerLead = /^(?:\p{Ll}[\p{Ll}-]*\s+)+(?=\p{Lu}|\p{Ll}+\p{Lu})/u.exec(text.slice(start, end));
  if (lowerLead && !CONNECTORS.has(lowerLead[0].trim())) start += lowerLead[0].length;
  // "the Islamist Ennahda party", "Shiite Hezbollah": a militant creed before one name describes
  // the body, it does not name it (a name of more words keeps it: "Islamic Jihad").
  const creed = /^(?:Islamist|Salafist|Jihadist|Shiite|Shi['’]ite|Sunni)\s+(?=\p{Lu}\p{Ll}+$)/u.exec(
    text.slice(start, end),
  );
  if (creed && m.type !== 'person' && !isEverydayWord(text.slice(start + creed[0].length, end)))
    start += creed[0].length;
  // "Hamas-run Health Ministry": the compound adjective is not part of the name after it, nor
  // is a name of up to three words it opens ("the Cook Islands-registered Eagle S": the place is
  // the compound's own span, compound-prefix.ts).
  const openingWords = /^(?:\S+\s+){1,3}(?=\p{Lu})/u.exec(text.slice(start, end))?.[0].match(/\S+\s+/g) ?? [];
  const compoundAt = openingWords.findIndex((w) => COMPOUND_ADJECTIVE.test(w.trim()));
  if (compoundAt >= 0) start += openingWords.slice(0, compoundAt + 1).join('').length;
  // "Hong Kong-based": a name ending in a compound adjective is the name before its hyphen.
  // So does a name of several words ending in an English word after a hyphen ("a Taylor
  // Swift-themed class"); not a romanised given name ("Lee Jae-myung").
  const lastWord = /\s(\S+)$/.exec(text.slice(start, end))?.[1] ?? '';
  const compoundTail = /^(\p{Lu}[\p{L}.'’]*)-(\p{Ll}+)$/u.exec(lastWord);
  const tail =
    COMPOUND_ADJECTIVE.exec(/\S+$/.exec(text.slice(start, end))?.[0] ?? '') ??
    (compoundTail && !isHyphenatedGivenName(lastWord) && isEverydayWord(compoundTail[2]!) ? compoundTail : null);
  if (tail) end -= tail[0].length - tail[1]!.length;
  // A person's name without the title before it ("Prince Mohammed bin Salman" → "Mohammed bin Salman").
  if (m.type === 'person') {
    for (
      let t = /^([\p{L}.-]+)\s+(?=\p{Lu})/u.exec(text.slice(start, end));
      t;
      t = /^([\p{L}.-]+)\s+(?=\p{Lu})/u.exec(text.slice(start, end))
    ) {
      const w = (t[1] ?? '').toLowerCase().replace(/\.$/, '');
      // "to Liberal Bruce Fanjoy": a party's adjective says whose side the person is on.
      const party = PARTY_ADJECTIVES.has(w) && /^\S+\s+\S+\s+\S/.test(text.slice(start, end));
      if (!PERSON_TITLES.has(w) && !TITLE_MODIFIERS.has(w) && !party) break;
      // "Prince Group": a title that only a body's words follow is part of the body's name.
      if (isBodyWords(text.slice(start + t[0].length, end).split(/\s+/))) break;
      start += t[0].length;
    }
  }
  // "Dauphin County District" + "Attorney Fran Chardo": a place or body that swallowed the first
  // words of the title after it ends before them.
  if (m.type !== 'person') end = beforeTitleWords(text, start, end);
  // "U.N. Secretary-General" + "Antonio Guterres": a body's span that ends in the title of the
  // person named right after it ends before the title.
  if (m.type !== 'person') end = beforeTrailingTitle(text, start, end);
  // "Huawei Technologies Co. Tokyo Electron Ltd.": a company's suffix and its full stop end its
  // name where no sentence break was seen; only a second suffix goes on ("Samsung Electronics Co. Ltd.").
  if (m.type === 'organization') {
    const cut = COMPANY_SUFFIX_THEN_NAME.exec(text.slice(start, end));
    if (cut) end = start + cut.index + cut[1]!.length;
  }
  // "No. 96", "Vol. 3": a number's abbreviation, not a name.
  if (/^(?:No|Nos|Vol|Art|Fig|Ch)\.?$/.test(text.slice(start, end)) && /^\.?\s*\d/.test(text.slice(end, end + 4)))
    return null;
  // "Crown", "President" alone: a title, not a name; "Rival" alone neither.
  const bare = text.slice(start, end).toLowerCase().replace(/\.$/, '');
  if (PERSON_TITLES.has(bare) || TITLE_MODIFIERS.has(bare)) return null;
  // "Gen Z" read as a title and a name: one letter left after a title is no one's name.
  if (m.type === 'person' && start > m.start && /^\p{Lu}\.?$/u.test(text.slice(start, end))) return null;
  // "Rival" alone, where the tagger split it from the name after it: no name at all.
  if (STANDING_OR_TRADE.test(text.slice(start, end))) return null;
  // "7 KIA and 12 WIA": a report's abbreviation names no one.
  if (REPORT_ABBREVIATIONS.has(text.slice(start, end))) return null;
  // "Supreme Court designated Group": a lower-case word that is no name particle ends a written name.
  const inner = /\p{Lu}/u.test(text.slice(start, end)) ? /\s(\p{Ll}[\p{Ll}-]*)\s/u.exec(text.slice(start, end)) : null;
  if (inner && !CONNECTORS.has(inner[1]!)) end = start + inner.index;
  const trail = /\s+\p{Ll}[\p{Ll}-]*$/u.exec(text.slice(start, end));
  // Only a name written with capitals sheds a lower-case tail; "san francisco" in a chat is whole.
  if (
    trail &&
    /\p{Lu}/u.test(text.slice(start, end)) &&
    !/^\s+(?:al|el|bin|ibn|de|van|von|da|di|du|la|le)$/.test(trail[0])
  )
    end -= trail[0].length;
  while (
    end > start &&
    /[\s.,;:!?'"”’)\]]/.test(text[end - 1] ?? '') &&
    !/\b\p{Lu}\.$|\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St)\.$/u.test(text.slice(start, end))
  )
    end--;
  while (start < end && /[\s"'“‘([]/.test(text[start] ?? '')) start++;
  if (end <= start) return null;
  // 'Ismael "El Mayo': a name that opens a quoted nickname ends after the name that follows it.
  const open = /\s["“][^"”]*$/u.exec(text.slice(start, end));
  if (m.type === 'person' && open) {
    const rest = /^["”]\s+\p{Lu}[\p{L}'’-]+/u.exec(text.slice(end, end + 40));
    end = rest ? end + rest[0].length : start + open.index;
  }
  // What is left of "Syrian Arab forces" after the lower-case word is only nationalities.
  if (
    end !== m.end &&
    text
      .slice(start, end)
      .split(/\s+/)
      .every((w) => isDemonym(w))
  )
    return null;
  return start === m.start && end === m.end ? m : { ...m, start, end };
}

/**
 * "the Roman Catholic Church", "the Russian Orthodox Church": a church named by its faith (a
 * nationality before it too) is the body, though every word of it is an everyday word.
 */
const CHURCH_OF_A_FAITH =
  /^(?:\p{Lu}\p{Ll}+ )?(?:Roman )?(?:Catholic|Orthodox|Anglican|Protestant|Lutheran|Methodist|Evangelical|Coptic|Episcopal|Presbyterian|Baptist) Church$/u;

/** "Supreme Court", "State Committee for National Security": an institution's head word, last or before "of"/"for". */
function namesInstitution(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return (
    (words.length >= 2 && INSTITUTION_HEADS.has((words[words.length - 1] ?? '').toLowerCase())) ||
    headBeforeOf(phrase) ||
    GEOGRAPHIC_FEATURE.test(phrase) ||
    CHURCH_OF_A_FAITH.test(phrase)
  );
}

/** Heads of the places where people are treated or taught, named by everyday words ("… Medical Center"). */
const FACILITY_HEADS = new Set([
  'hospital',
  'center',
  'centre',
  'clinic',
  'university',
  'college',
  'institute',
  'academy',
]);

/**
 * "taken to Banner University Medical Center": three capitalised words or more ending in such a
 * head, inside a sentence, name one, though each is an everyday word. Two ("Medical Center") or
 * a sentence's opening words may only be capitals.
 */
function namesFacility(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  if (words.length < 3 || !FACILITY_HEADS.has(words[words.length - 1]!.toLowerCase())) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and)$/.test(w))) return false;
  return !/(?:^|[.!?:]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}

/** "Cape of Good Hope", "Gulf of Aden", "Strait of Hormuz": a feature of the earth, whatever words follow. */
const GEOGRAPHIC_FEATURE = /^(?:Cape|Gulf|Straits?|Sea|Bay|Isle|Lake|Mount|Horn)\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "England" + "and" + "Wales Cricket Board": a known place joined to a body named after another
 * place is one body named after both (the rule read it whole); so are two places the tagger found
 * before the body's own words ("Hong Kong and Macau Affairs Office").
 */
function placeAndBody(text: string, r: Span, inside: readonly TaggedSpan[]): boolean {
  const [place, body] = [...inside].sort((a, b) => a.start - b.start);
  if (inside.length !== 2 || place!.start !== r.start || text.slice(place!.end, body!.start) !== ' and ') return false;
  if (gazetteerClass(text.slice(place!.start, place!.end)) !== 'location') return false;
  // "Hong Kong" + "and" + "Macau", then "Affairs Office": the places the body is for, found as places.
  const placesFor =
    body!.type === 'location' &&
    gazetteerClass(text.slice(body!.start, body!.end)) === 'location' &&
    body!.end < r.end &&
    /^(?:\s+\p{Lu}\p{L}*)+$/u.test(text.slice(body!.end, r.end));
  return (body!.end === r.end && body!.type === 'organization') || placesFor;
}

/**
 * "Archdiocese of Saint Paul and Minneapolis": a church's see named after the places it serves
 * is one body, whatever the tagger read in it.
 */
function namesSee(text: string, r: Span): boolean {
  return /^(?:Archdiocese|Diocese|Archeparchy|Eparchy|Patriarchate)\s+of\s+/.test(text.slice(r.start, r.end));
}

/** "Aviation" + "and" + "Railway …": one everyday word, "and", and a name opening with another. */
function joinsTwoFields(text: string, inside: readonly TaggedSpan[]): boolean {
  if (inside.length !== 2) return false;
  const [a, b] = [...inside].sort((x, y) => x.start - y.start) as [TaggedSpan, TaggedSpan];
  const field = (word: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(word) && isEverydayWord(word) && gazetteerClass(word) === null;
  return (
    /^\s+and\s+$/.test(text.slice(a.end, b.start)) &&
    field(text.slice(a.start, a.end)) &&
    field(/^\S+/.exec(text.slice(b.start, b.end))![0])
  );
}

/** Whether only "of", "for" or "on" (and "the") stands between consecutive spans. */
function joinedByOf(text: string, spans: readonly TaggedSpan[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // "the Pakistan Peoples Party of Bilawal Bhutto Zardari": a body and the person it belongs to;
  // "Yoshihiko Noda of the Constitutional Democratic Party": a person and the body they belong to.
  if (sorted.some((s) => s.type === 'person')) return false;
  return sorted.every(
    (s, i) => i === 0 || /^\s+(?:of|for|on)(?:\s+the)?\s+$/.test(text.slice(sorted[i - 1]!.end, s.start)),
  );
}

/** "Xinjiang Road" + "Bridge Engineering": parts of one firm's name an ampersand joins. */
function joinedByAmpersand(text: string, spans: readonly TaggedSpan[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (
    sorted.length > 1 && sorted.every((s, i) => i === 0 || /^\s*&\s*$/.test(text.slice(sorted[i - 1]!.end, s.start)))
  );
}

/** "Committee for National Security", "Office of Foreign Assets Control". */
function headBeforeOf(phrase: string): boolean {
  const words = phrase.split(/\s+/).map((w) => w.toLowerCase());
  return words.some(
    (w, i) =>
      (INSTITUTION_HEADS.has(w) || HEADS_BEFORE_OF.has(w)) &&
      /^(of|for|on)$/.test(words[i + 1] ?? '') &&
      i + 2 < words.length,
  );
}

/** Heads that name an institution when an "of" follows ("Office of Foreign Assets Control"), not alone ("Post Office"). */
const HEADS_BEFORE_OF = new Set([
  'office',
  'bureau',
  'service',
  'institute',
  'board',
  'authority',
  'administration',
  'centre',
  'center',
  'society',
  // "Chamber of Deputies", "Chamber of Commerce", "House of Representatives".
  'chamber',
  'house',
]);

/**
 * Whether `at` opens a sentence: the text's start, a full stop and a space, a new line or a
 * dateline's dash before it ("PRAGUE, Oct 4 (Reuters) - Billionaire …").
 */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*|\)\s+[-–—]\s+)$/.test(text.slice(Math.max(0, at - 5), at));
}

/** The lower-case word right after `end` ("chief" of "Army chief"), or ''. */
function nextLowerWord(text: string, end: number): string {
  return /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '';
}
