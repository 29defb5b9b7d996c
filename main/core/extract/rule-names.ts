import type { Sentence, Unit } from './analyse.js';
import type { NamedEntityType } from './types.js';
import { possessorOrgSpans } from './possessor-org.js';
import { placeNounSpans } from './place-noun.js';
import { distancePlaceSpans } from './distance-places.js';
import { saintNameSpans } from './saint-names.js';
import { settlementOfSpans } from './settlement-of.js';
import { politicalWestSpans } from './political-west.js';
import { possessiveFacilitySpans } from './possessive-facilities.js';
import { creditLineSpans } from './credit-line.js';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms.js';
import { appositionSpans } from './apposition.js';
import { listedMemberSpans } from './listed-members.js';
import { orgCueBeforeSpans } from './org-cue-before.js';
import { orgCueAfterSpans } from './org-cue-after.js';
import { listedBeforePluralSpans } from './listed-before-plural.js';
import { ampersandNameSpans } from './ampersand-name.js';
import { compoundPrefixSpans } from './compound-prefix.js';
import { otherKindSpans } from './other-kinds.js';
import { classifyRun } from './classify-run.js';
import { familyNames, KnownForms } from './known-forms.js';
import { findRuns, type Run } from './runs.js';
import { SpanIndex } from './span-index.js';
import { afterPlacePreposition } from './place-preposition.js';
import { makeSpan, STRENGTH, type Span, type SpanSource } from './span.js';
import { countryCode, gazetteerClass, gazetteerWordFlags, isEverydayWord, WORD_IS_FIRST_NAME } from './gazetteer.js';
import { lookupKey } from './normalize.js';
import { CONFIRMED_MODEL_STRENGTH, UNCONFIRMED_MODEL_STRENGTH } from './combine-model-spans.js';
import { CONNECTORS, LEGAL_SUFFIXES, ORG_HEADS } from './word-lists.js';

export interface NameAnalysis {
  runs: Run[];
  /** Typed spans from the rules, before propagation and overlap resolution. */
  spans: Span[];
  acronyms: AcronymDefinition[];
}

/** The rule signals over every run of capitalised words, plus acronym definitions. */
export function ruleNameSpans(text: string, sentences: Sentence[]): NameAnalysis {
  const runs = sentences.flatMap(findRuns);
  const spans = [
    ...runs.flatMap((r) => classifyRun(r, text)),
    ...appositionSpans(runs, text),
    ...listedMemberSpans(sentences),
    ...orgCueBeforeSpans(runs, text),
    ...orgCueAfterSpans(runs, text),
    ...listedBeforePluralSpans(runs, text),
    ...otherKindSpans(runs, text),
    ...ampersandNameSpans(sentences),
    ...compoundPrefixSpans(sentences),
    ...possessorOrgSpans(sentences),
    ...placeNounSpans(sentences),
    ...distancePlaceSpans(sentences, text),
    ...saintNameSpans(text),
    ...settlementOfSpans(text),
    ...politicalWestSpans(text),
    ...possessiveFacilitySpans(text),
    ...creditLineSpans(text),
  ];
  const acronyms = findAcronymDefinitions(sentences, runs);
  return { runs, spans, acronyms };
}

/**
 * Links acronyms to their long forms, learns every typed form of the document, and applies
 * them everywhere: a name typed once is typed wherever it appears (headlines included).
 */
export function linkAndPropagate(
  text: string,
  analysis: NameAnalysis,
  spans: Span[],
): { spans: Span[]; known: KnownForms } {
  let all = [...spans];
  const known = new KnownForms();
  const aliases = new Map<string, string[]>();
  // Acronyms the text defines, with their long forms' types: "(AUR)" after "Alliance for the Union
  // of Romanians" is that party throughout, though the gazetteer knows an atoll called Aur.
  const definedTypes = new Map<string, NamedEntityType>();
  const terms = new Set<string>();
  const index = new SpanIndex(spans);
  for (const found of analysis.acronyms) {
    let d = found;
    const near = index.overlapping(d.longStart, d.longEnd);
    // A span covering the long form, or one ending with it that holds most of it; not "Afghanistan"
    // at the end of "… Mission in Afghanistan".
    const long =
      near.find((s) => s.start <= d.longStart && s.end >= d.longEnd) ??
      near.find(
        (s) => s.start >= d.longStart && s.end === d.longEnd && (s.end - s.start) * 2 > d.longEnd - d.longStart,
      );
    if (!long && d.plural) continue;
    // An acronym that does not spell its long form is taken for it only where that is a body:
    // one span, or the parts the tagger cut it into ("General Confederation" + "Labour").
    if (!d.spelled) {
      const start = bodyStart(d, long, near);
      if (start < 0) continue;
      d = { ...d, longStart: start };
    }
    // "Computer Aided Design (CAD)": an abbreviated term of everyday words names no organisation.
    // Nor does its short form, whatever the tagger or a guess made of it ("Universal Subscriber
    // Identity Modules (USIM)"), when it spells capitalised words only: "We Invest in Nationhood
    // (WIN)" and "A Partnership for National Unity (APNU)" may be parties no rule reads.
    const longText = text.slice(d.longStart, d.longEnd);
    if (!long && isTermOfArt(longText)) {
      if (d.spelled && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(longText)) terms.add(lookupKey(d.acronym));
      continue;
    }
    // One word the tagger alone read as a person's name is no person when it has an acronym
    // ("the Kuomintang (KMT)").
    if (long?.type === 'person' && isTaggerGuess(long) && !/\s/.test(text.slice(long.start, long.end)))
      long.type = 'organization';
    const type = long?.type ?? 'organization';
    if (long && long.strength < STRENGTH.acronym && long.start === d.longStart) long.strength = STRENGTH.acronym;
    if (!long || long.start !== d.longStart) all.push(makeSpan(d.longStart, d.longEnd, type, 'acronym'));
    all.push(makeSpan(d.start, d.end, type, 'acronym'));
    known.add(longText, type, STRENGTH.acronym);
    known.add(d.acronym, type, STRENGTH.acronym, longText);
    definedTypes.set(lookupKey(d.acronym), type);
    aliases.set(longText, [...(aliases.get(longText) ?? []), d.acronym]);
  }
  if (terms.size)
    all = all.filter((s) => !(WEAK_SOURCES.has(s.source) && terms.has(lookupKey(text.slice(s.start, s.end)))));
  // The types rules (not the tagger's guesses) gave each one-word form, and each form of several
  // words the lists do not know.
  const ruleTypes = new Map<string, Set<NamedEntityType>>();
  const multiRuleTypes = new Map<string, Set<NamedEntityType>>();
  // Companies' names without their legal suffix ("Roblox" of "Roblox Corp.").
  const suffixed = new Set<string>();
  for (const s of all) {
    const t = text.slice(s.start, s.end);
    if (s.type === 'person') known.addPerson(t, s.strength);
    else known.add(t, s.type, s.strength);
    // "Roblox Corp." … "Roblox, based in San Mateo", "Asahi Group Holdings" … "Asahi said": a
    // company named with its legal suffix or its group's word goes by its name alone too, and a
    // known company named after its founder by the family name ("Eli Lilly" … "Lilly's drug").
    const bare =
      s.type === 'organization' ? (companyShortName(t) ?? (isTaggerGuess(s) ? null : founderFamilyName(t))) : null;
    if (bare) {
      known.add(bare, 'organization', s.strength, t);
      suffixed.add(lookupKey(bare));
    }
    if (isTaggerGuess(s)) continue;
    if (/\s/.test(t)) {
      // "Norfolk Southern CEO Mark George": a name of several words that a rule typed (the tagger
      // agreeing or not), the lists not knowing it.
      if (s.strength >= STRENGTH.gazetteer && gazetteerClass(t) === null) {
        const k = lookupKey(t);
        if (!multiRuleTypes.has(k)) multiRuleTypes.set(k, new Set());
        multiRuleTypes.get(k)!.add(s.type);
      }
      continue;
    }
    const k = lookupKey(t);
    if (!ruleTypes.has(k)) ruleTypes.set(k, new Set());
    ruleTypes.get(k)!.add(s.type);
  }
  // The family names of people named in full ("George Simion" … "against Simion").
  const surnames = new Set<string>();
  for (const s of all) {
    const name = text.slice(s.start, s.end);
    // Not "Office Khorog", a sign-off the tagger took for a person: no body's head word in a name.
    if (s.type === 'person' && !name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())))
      for (const family of familyNames(name)) surnames.add(lookupKey(family));
  }
  // A company's name is defined by its suffix as an acronym is by its long form: "Roblox Corp."
  // makes every "Roblox" that company, whatever the tagger guessed. Not the family name of
  // someone the document names ("Dyson Ltd." and "James Dyson … Dyson said").
  for (const key of suffixed) if (!surnames.has(key) && !definedTypes.has(key)) definedTypes.set(key, 'organization');
  // Countries that are a person's family name in this document ("ask Montenegro to form …").
  const countriesNamingPeople = new Set<string>();
  // Names written after "in", "from" … somewhere in the document: where a country is meant.
  const placeLike = new Set(
    all.filter((s) => afterPlacePreposition(text, s.start)).map((s) => lookupKey(text.slice(s.start, s.end))),
  );
  // Document-wide agreement: a weakly typed form follows the majority for that form. So does
  // the tagger's own guess, when rules alone typed a one-word name otherwise or the rest of the
  // document outweighs it ("Norway's Equinor said" guessed a person; "Shares in Equinor" showed
  // a company), and when it is the surname of someone the document names in full (and no
  // known place or body).
  for (const s of all) {
    const f = known.get(text.slice(s.start, s.end));
    const key = lookupKey(text.slice(s.start, s.end));
    const shown = ruleTypes.get(key);
    const defined = definedTypes.get(key);
    if (defined) {
      s.type = defined;
      continue;
    }
    // A name with a company's legal suffix is a company, whoever shares its first word.
    if (s.type === 'person' && withoutCompanySuffix(text.slice(s.start, s.end))) {
      s.type = 'organization';
      continue;
    }
    if (
      isTaggerGuess(s) &&
      s.type !== 'person' &&
      !shown &&
      surnames.has(key) &&
      gazetteerClass(text.slice(s.start, s.end)) === null
    ) {
      s.type = 'person';
      // Its other mentions follow ("… for Simion, leader of …", a body to the tagger, and the
      // headline's "Simion"), as they do a small place's below.
      known.add(text.slice(s.start, s.end), 'person', s.strength);
      continue;
    }
    // "Lai Ching-te … Lai took 40%", "Cassie Ventura … Ventura's lawyer": a small place known by
    // that name is not meant where a person of the document goes by it (not after "in", "from" …),
    // whether the rules or the tagger read the place, or the tagger the person. Nor a country,
    // unless it opens a sentence and no mention of it is where a country would be ("Luis
    // Montenegro … Montenegro called the vote", with nothing "in Montenegro"; "Troops left Gabon"
    // stays the country).
    if (
      ((s.type === 'location' && (s.source === 'gazetteer' || s.source === 'model')) ||
        (isTaggerGuess(s) && s.type === 'person')) &&
      surnames.has(key) &&
      !/\s/.test(text.slice(s.start, s.end)) &&
      (countryCode(text.slice(s.start, s.end)) === null || (!placeLike.has(key) && opensSentence(text, s.start))) &&
      !afterPlacePreposition(text, s.start)
    ) {
      s.type = 'person';
      // Its other mentions follow (those the agreement leaves to the majority; a country's, below).
      known.add(text.slice(s.start, s.end), 'person', s.strength);
      if (countryCode(text.slice(s.start, s.end)) !== null) countriesNamingPeople.add(key);
      continue;
    }
    // The tagger's reading of such a name of several words gives way to the one type rules gave
    // it ("… to buy Norfolk Southern", a place to the tagger, is the company).
    const multi = isTaggerGuess(s) ? multiRuleTypes.get(key) : undefined;
    if (multi?.size === 1 && !multi.has(s.type)) {
      s.type = [...multi][0]!;
      continue;
    }
    if (!f) continue;
    if (s.strength < STRENGTH.propagated) s.type = f.type;
    else if (!isTaggerGuess(s)) continue;
    else if (shown?.size === 1 && !shown.has(s.type)) s.type = [...shown][0]!;
    else if (f.votes[f.type] > f.votes[s.type]) s.type = f.type;
  }
  for (const s of all)
    if (s.type === 'location' && countriesNamingPeople.has(lookupKey(text.slice(s.start, s.end)))) s.type = 'person';
  for (const d of analysis.acronyms) {
    const f = known.get(d.acronym);
    const defined = definedTypes.get(lookupKey(d.acronym));
    if (f && defined) f.type = defined;
  }
  const typed = new SpanIndex(all);
  for (const r of analysis.runs) all.push(...propagateInRun(r.units, text, known, typed));
  return { spans: all, known };
}

/** Whether nothing but space stands between the last sentence end (or the text's start) and `start`. */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?]["'’”]?\s+|\n)\s*$/.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Where the long form of an unspelled acronym starts when it is an organisation's name, whole or
 * in parts (from the first part: not "Leaders of the" before it); -1 when it is not.
 */
function bodyStart(d: AcronymDefinition, long: Span | undefined, near: Span[]): number {
  if (long)
    return long.type === 'organization' && long.start === d.longStart && long.end === d.longEnd ? d.longStart : -1;
  const parts =
    near.length > 0 && near.every((s) => s.type === 'organization' && s.start >= d.longStart && s.end <= d.longEnd);
  return parts ? Math.min(...near.map((s) => s.start)) : -1;
}

/** A company's legal suffix, one or two ("Co. Ltd."), after its name. */
const COMPANY_SUFFIXES = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*?)(?:,?\s+(?:${LEGAL_SUFFIXES})\.?){1,2}$`,
  'u',
);

/** The name without its legal suffix ("Roblox Corp." → "Roblox"); null without one. */
function withoutCompanySuffix(name: string): string | null {
  return COMPANY_SUFFIXES.exec(name)?.[1] ?? null;
}

/**
 * A group's words after a company's name: "Asahi Group Holdings", "Kirin Holdings", "Lazarus
 * Group"; and a credit union's: "Patelco Credit Union".
 */
const GROUP_WORDS =
  /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*?)\s+(?:Group\s+Holdings|Holdings|Holding|Group|Credit\s+Union)$/u;

/**
 * The name a company also goes by alone: without its legal suffix or its group's words. Not a
 * place's name ("Eurasia Group" is no "Eurasia"; "Tata" is also a town the lists know).
 */
function companyShortName(name: string): string | null {
  // "Wingtech Technology" … "Wingtech said": one coined word before the trade; not an everyday
  // one ("General Motors", "United Airlines").
  const traded = TRADE_WORDS_AFTER.exec(name)?.[1];
  // "Asahi Group Holdings Ltd." … "Asahi": the suffix, then the group's words.
  const unsuffixed = withoutCompanySuffix(name);
  // "Turning Point USA" … "Turning Point": a body of two words or more, its country's letters after it.
  const national = /^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+(?:USA|UK)$/u.exec(name)?.[1];
  const bare =
    GROUP_WORDS.exec(unsuffixed ?? name)?.[1] ??
    unsuffixed ??
    (traded && !isEverydayWord(traded) ? traded : null) ??
    national;
  return bare && gazetteerClass(bare) !== 'location' ? bare : null;
}

/**
 * A company's trade after its one-word name: "Wingtech Technology", "Zeekr Motors", "CDK Global",
 * "Skydance Media".
 */
const TRADE_WORDS_AFTER =
  /^(\p{Lu}[\p{L}\p{N}&.'’-]*)\s+(?:Technology|Technologies|Motor|Motors|Automotive|Global|Steel|Airlines|Airways|Energy|Pharmaceuticals|Electronics|Semiconductor|Resources|Mining|Minerals|Metals|Enterprises|Media|Entertainment|Studios|Software)$/u;

/**
 * The family name of a company named after a person, a first name and a family name ("Eli Lilly",
 * "Charles Schwab"); not a place's name.
 */
function founderFamilyName(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u.exec(name);
  if (!m || (gazetteerWordFlags(m[1]!) & WORD_IS_FIRST_NAME) === 0) return null;
  return gazetteerClass(m[2]!) === null ? m[2]! : null;
}

/** Where a span's type is the tagger's or a guess's, not a rule's that knows the name. */
const WEAK_SOURCES: ReadonlySet<SpanSource> = new Set(['model', 'compromise', 'guess']);

/** A span the tagger typed by itself, no rule of its extent agreeing. */
function isTaggerGuess(s: Span): boolean {
  return s.source === 'model' && s.strength <= UNCONFIRMED_MODEL_STRENGTH;
}

function propagateInRun(us: Unit[], text: string, known: KnownForms, typed: SpanIndex<Span>): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < us.length;) {
    let step = 1;
    for (let n = Math.min(8, us.length - i); n >= 1; n--) {
      const a = us[i] as Unit;
      const b = us[i + n - 1] as Unit;
      if (CONNECTORS.has(a.text.toLowerCase()) || CONNECTORS.has(b.text.toLowerCase())) continue;
      const f = known.get(text.slice(a.start, b.end));
      // "Well, …" opening a sentence is the word, even when someone in the text is called Well.
      if (f && n === 1 && a.first && isEverydayWord(a.text)) continue;
      if (f) {
        const s = makeSpan(a.start, b.end, f.type, 'propagated');
        // A name of several words a strong signal typed (a rule or the tagger) is that name
        // wherever it is written, as strongly as a name can be: "Aker BP" stays whole where the
        // tagger saw only the known "BP" inside it. Not against a longer name around it ("Eberhard
        // Faber V", a descendant of the firm's founder), nor where that name was typed already
        // (its type is settled by the agreement above).
        const around = typed.overlapping(s.start, s.end).filter((t) => t.start <= s.start && t.end >= s.end);
        if (n >= 2 && !around.length && f.strongest >= STRENGTH.apposition) s.strength = CONFIRMED_MODEL_STRENGTH;
        out.push(s);
        step = n;
        break;
      }
    }
    i += step;
  }
  return out;
}

function isTermOfArt(phrase: string): boolean {
  // "Authority on Development", "Office for Democratic Institutions": a body named for its remit.
  const headBeforeRemit = [...phrase.matchAll(/(\p{L}+)\s+(?:on|for|of)\s/gu)].some((m) =>
    ORG_HEADS.has(m[1]!.toLowerCase()),
  );
  if (headBeforeRemit) return false;
  const words = phrase.split(/[\s-]+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length > 0 && words.every((w) => isEverydayWord(w)) && !ORG_HEADS.has(last) && !namesCountry(words);
}

/** "United Kingdom Maritime Trade Operations": a country's two-word name, of everyday words, inside a body's. */
function namesCountry(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (countryCode(`${words[i]} ${words[i + 1]}`) !== null) return true;
  return false;
}
