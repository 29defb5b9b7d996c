import nlp from 'compromise';
import type { Unit } from './analyse.js';
import {
  countryCode,
  gazetteerClass,
  gazetteerMaxWords,
  gazetteerWordFlags,
  isDemonym,
  isEverydayWord,
  WORD_IS_FIRST_NAME,
} from './gazetteer.js';
import { afterPlacePreposition } from './place-preposition.js';
import { isCapitalised, isHyphenatedGivenName, isTitleWord, type Run } from './runs.js';
import { makeSpan, type Span } from './span.js';
import type { NamedEntityType } from './types.js';
import {
  COMMON_ACRONYMS,
  CONNECTORS,
  COUNTRY_ABBREVIATION,
  FAITH,
  INSTITUTION_NAMES,
  LOC_HEADS,
  LOC_OF_HEADS,
  LOC_OPENERS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OF_HEADS,
  PARTY_ADJECTIVES,
  PLACE_PREPOSITIONS,
  REPORT_ABBREVIATIONS,
  SPEECH_VERBS,
  STANDING_OR_TRADE,
  TITLE_MODIFIERS,
  LEGAL_SUFFIX_WORD,
} from './word-lists.js';

const compromiseModel = (
  nlp.model() as { two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> } }
).two;
const COMPROMISE_ORG_WORDS = new Set(Object.keys(compromiseModel.orgWords));
const COMPROMISE_PLACE_WORDS = new Set(Object.keys(compromiseModel.placeWords));

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];

const lower = (u: Unit): string => u.text.toLowerCase();
const textOf = (us: Unit[], full: string): string => full.slice((us[0] as Unit).start, (us[us.length - 1] as Unit).end);
/**
 * Head words that open a body's name in Spanish, Portuguese, French, Italian, German and Polish:
 * "Grupo Televisa", "Compagnie Maritime Belge", "Deutsche Telekom", "Telewizja Polska".
 */
const LEADING_ORG_HEADS = new Set(
  `banco banca banque grupo grupa groupe gruppo gruppe compañía compania companhia compagnie compagnia
  sociedad sociedade société societe società societa petróleos petroleos transportes industrias
  instituto fundación fundacion fundação fundacao fondation fondazione corporación corporacion empresa
  empresas aerolíneas aerolineas ferrocarriles partido partito movimiento mouvement movimento ejército
  ejercito armée armee ministerio ministère ministere ministero ministerstvo policía policia polizei caja
  caixa cassa crédit deutsche radio consorcio consorzio consortium telewizja televisión televisao televisão
  télévision televisione borsa bolsa bourse börse`.split(/\s+/),
);
const isConnector = (u: Unit): boolean => !isCapitalised(u) && CONNECTORS.has(lower(u));
const isAcronym = (u: Unit): boolean => /^[A-Z][A-Z0-9&-]*[A-Z0-9]s?$/.test(u.text) && /[A-Z].*[A-Z]/.test(u.text);
/** A capitalised everyday word that compromise does not take for a name ("Strikes", "Border"). */
const isPlainWord = (u: Unit): boolean =>
  !isAcronym(u) &&
  isEverydayWord(u.text) &&
  !PERSON_TAGS.some((t) => u.tags.has(t) && t !== 'Person') &&
  gazetteerClass(u.text) === null;

/** The kinds of a place of worship, written with a capital as part of its name. */
const WORSHIP_HEADS = /^(?:Church|Cathedral|Chapel|Basilica|Mosque|Synagogue|Temple|Shrine|Abbey)$/;

/**
 * Reads one run of capitalised words into typed spans: whole-run gazetteer and head-word rules
 * first, then titles, then gazetteer sub-phrases, then the remaining pieces by their evidence.
 */
export function classifyRun(run: Run, text: string): Span[] {
  let us = run.units;
  while (us.length && (lower(us[0] as Unit) === 'the' || isConnector(us[0] as Unit))) us = us.slice(1);
  // "In Buncombe County, …", "At Kennedy Airport …", "An American Airlines jet …": a preposition
  // or an article opening the sentence is no part of the name after it (not "To Lam", a name the
  // lists know whole).
  if (
    us.length >= 2 &&
    (us[0] as Unit).first &&
    OPENING_WORDS.has(lower(us[0] as Unit)) &&
    gazetteerClass(textOf(us, text)) === null
  )
    us = trimConnectors(us.slice(1));
  if (us.length === 0) return [];
  if (run.sentence.headline) {
    // In title case "Male" or "Independence" is a word, not the town; countries stay countries.
    return gazetteerSpans(us, text).filter((s) => {
      const t = text.slice(s.start, s.end);
      return /\s/.test(t) || !isEverydayWord(t) || countryCode(t) !== null;
    });
  }
  // "the top Democrat on the Senate Armed Services Committee": a party's member and the body they sit on.
  if (
    us.length > 2 &&
    PARTY_ADJECTIVES.has(lower(us[0] as Unit).replace(/s$/, '')) &&
    /^(?:on|in)$/.test(lower(us[1] as Unit))
  )
    us = trimConnectors(us.slice(2));
  // "Fighters of the Free … Movement": a sentence-opening common noun and its "of" are not the name.
  // Unless the whole run is a known body ("Friends of the Earth", or its branch in a country).
  if (
    (us[0] as Unit).first &&
    isPlainWord(us[0] as Unit) &&
    us.length > 2 &&
    isConnector(us[1] as Unit) &&
    gazetteerClass(textOf(us, text)) === null &&
    !isSuffixedBody(us, text) &&
    !isCountryBranch(us, text)
  ) {
    us = trimConnectors(us.slice(1));
  }
  // "Striking Canada Post workers": a participle opening the sentence before a known name.
  if (
    us.length >= 2 &&
    (us[0] as Unit).first &&
    /^\p{Lu}\p{Ll}+ing$/u.test((us[0] as Unit).text) &&
    isPlainWord(us[0] as Unit) &&
    gazetteerClass((us[1] as Unit).text) !== null
  )
    us = us.slice(1);
  // "Rivals Geely Automobile Holdings …", "Chipmaker Nvidia said": a word for how a body stands to
  // another, or for its trade, opening the sentence is no part of its name.
  if (us.length >= 2 && (us[0] as Unit).first && STANDING_OR_TRADE.test((us[0] as Unit).text)) us = us.slice(1);
  return classifyUnits(us, run, text, false);
}

function classifyUnits(us: Unit[], run: Run, text: string, titled: boolean): Span[] {
  if (us.length === 0) return [];
  // "Chief Technology Officer of Siemens Energy", "Commander of the Joint Forces Command": a
  // title opening the run names a post in what follows "of", which is read on its own.
  const ofAt = leadingTitleEnd(us);
  if (ofAt > 0 && ofAt < us.length - 1 && lower(us[ofAt] as Unit) === 'of')
    return classifyUnits(trimConnectors(us.slice(ofAt + 1)), run, text, titled);
  // "Judge Linda Chan of the High Court": a title, a name, then "of" and the body the person
  // serves; no body's head at the end makes the whole run one body. With no title, a first and a
  // family name before "of" and a body by its head word: "Abel Martinez of the Dominican
  // Liberation Party".
  const of = us.findIndex((u, i) => i > ofAt + 1 && lower(u) === 'of');
  const served = of > 0 ? trimConnectors(us.slice(of + 1)) : [];
  const titledMember =
    ofAt > 0 && of > 0 && of - ofAt <= 4 && of < us.length - 1 && !us.slice(ofAt, of).some(isConnector);
  const namedMember =
    ofAt === 0 &&
    (of === 2 || of === 3) &&
    served.length >= 2 &&
    ORG_HEADS.has(lower(served[served.length - 1] as Unit)) &&
    (gazetteerWordFlags((us[0] as Unit).text) & WORD_IS_FIRST_NAME) !== 0 &&
    us.slice(0, of).every(
      (u) =>
        /^\p{Lu}\p{Ll}+$/u.test(u.text) &&
        !isEverydayWord(u.text) &&
        !ORG_HEADS.has(lower(u)) &&
        // "Vic Dept of Human Services": an abbreviated head word is no family name.
        !ABBREVIATED_HEADS.test(u.text),
    );
  if (titledMember || namedMember)
    return [span(us.slice(ofAt, of), 'person', 'title'), ...classifyUnits(served, run, text, false)];
  // "the Mauritian Militant Movement of Paul Berenger": a body, then "of" and the person who
  // leads it (a first name and one or two more words), is two names; after a party's head, a
  // name of two or three words that are no everyday words nor names the lists know ("the People's
  // Party of Inga Saeland").
  const leader = us.findIndex((u, i) => i >= 2 && lower(u) === 'of' && ORG_HEADS.has(lower(us[i - 1] as Unit)));
  const led = leader > 0 ? us.slice(leader + 1) : [];
  const partyLed =
    leader > 0 &&
    PARTY_HEADS.has(lower(us[leader - 1] as Unit)) &&
    led.every((u) => !isEverydayWord(u.text) && gazetteerClass(u.text) === null) &&
    gazetteerClass(textOf(led, text)) === null;
  if (
    led.length >= 2 &&
    led.length <= 3 &&
    (isFirstName(led[0] as Unit) || partyLed) &&
    led.every((u) => isCapitalised(u) && !isConnector(u) && !ORG_HEADS.has(lower(u))) &&
    gazetteerClass(textOf(us, text)) === null
  )
    return [...classifyUnits(us.slice(0, leader), run, text, titled), span(led, 'person', 'title')];
  // "Yoshihiko Noda of the Constitutional Democratic Party of Japan": a name with no head word
  // of its own, then "of" and a body the lists know, is someone of that body.
  const ofBody = us.findIndex((u, i) => i >= 2 && i <= 3 && lower(u) === 'of');
  const body = ofBody > 0 ? trimConnectors(us.slice(ofBody + 1)) : [];
  if (
    body.length &&
    gazetteerClass(textOf(body, text)) === 'organization' &&
    gazetteerClass(textOf(us, text)) === null &&
    us.slice(0, ofBody).every((u) => isCapitalised(u) && !ORG_HEADS.has(lower(u)) && !isTitleWord(u))
  )
    return [...classifyUnits(us.slice(0, ofBody), run, text, titled), span(body, 'organization', 'gazetteer')];
  // "the Port of Baltimore for Colombo": a place named by its head and "of" ends before "for".
  const bound = us.findIndex((u, i) => i > 2 && lower(u) === 'for');
  if (bound > 0 && LOC_OF_HEADS.has(lower(us[0] as Unit)) && lower(us[1] as Unit) === 'of')
    return [
      ...classifyUnits(us.slice(0, bound), run, text, titled),
      ...classifyUnits(trimConnectors(us.slice(bound + 1)), run, text, false),
    ];
  // "in New York for the United Nations General Assembly": a known place, "for" and a name the
  // lists know are two names, not a body named for its remit.
  const forAt = us.findIndex((u, i) => i > 0 && lower(u) === 'for');
  if (forAt > 0) {
    const after = trimConnectors(us.slice(forAt + 1));
    if (
      after.length > 0 &&
      gazetteerClass(textOf(us.slice(0, forAt), text)) === 'location' &&
      gazetteerClass(textOf(after, text)) !== null
    )
      return [span(us.slice(0, forAt), 'location', 'gazetteer'), ...classifyUnits(after, run, text, false)];
  }
  // "Russian Wagner Group": a nationality before a body the lists know by the rest is no part of its name.
  if (
    us.length >= 3 &&
    isDemonym((us[0] as Unit).text) &&
    gazetteerClass(textOf(us, text)) === null &&
    gazetteerClass(textOf(us.slice(1), text)) === 'organization'
  )
    return [span(us.slice(1), 'organization', 'gazetteer')];
  // "The Port of Seattle said …": a port that speaks is the agency that runs it.
  if (
    us.length >= 3 &&
    lower(us[0] as Unit) === 'port' &&
    lower(us[1] as Unit) === 'of' &&
    us[us.length - 1] === run.units[run.units.length - 1] &&
    SPEECH_VERBS.has(run.after?.text.toLowerCase() ?? '')
  )
    return [span(us, 'organization', 'head-rule')];
  const whole = wholeRule(us, text);
  if (whole) return [whole];
  // A title inside the run: what follows is a person, what precedes is read on its own.
  const t = lastTitleIndex(us);
  if (t >= 0 && t < us.length - 1 && isConnector(us[t + 1] as Unit)) {
    // "President of the Republic of China": the title's institution, not a person.
    const head = titleStart(us, t);
    const before = head > 0 ? classifyUnits(us.slice(0, head), run, text, titled) : [];
    return [...before, ...classifyUnits(trimConnectors(us.slice(t + 1)), run, text, false)];
  }
  if (t >= 0 && t < us.length - 1) {
    // "Chief Executive Tim Cook": the words that finish a title are not the person's name.
    let after = t + 1;
    while (after < us.length - 1 && TITLE_MODIFIERS.has(lower(us[after] as Unit))) after++;
    const rest = us.slice(after);
    const head = titleStart(us, t);
    const out = head > 0 ? classifyUnits(us.slice(0, head), run, text, titled) : [];
    // "Freeport-McMoRan Chief Executive Kathleen Quirk": a company's post names the company before it.
    // So does "U.S. Steel Chief Executive David Burritt", where the country's abbreviation alone
    // was read as the place, and "Norfolk Southern CEO Mark George", where the town opening the
    // name was (not "Hong Kong Chief Executive John Lee": the place is the whole name).
    const placeFirst =
      head > 1 &&
      out.length === 1 &&
      out[0]!.start === (us[0] as Unit).start &&
      out[0]!.end < (us[head - 1] as Unit).end &&
      (out[0]!.type === 'location' || COUNTRY_ABBREVIATION.test((us[0] as Unit).text));
    if (head > 0 && (out.length === 0 || placeFirst) && isCompanyPost(us.slice(head, after))) {
      const firm = us.slice(0, head);
      const name = textOf(firm, text);
      if (!gazetteerClass(name) && !isDemonym(name) && !firm.every((u) => isPlainWord(u))) {
        out.length = 0;
        out.push(span(firm, 'organization', 'apposition'));
      }
    }
    const restWhole = wholeRule(rest, text);
    if (restWhole && restWhole.type !== 'person') return [...out, restWhole];
    // "Prince Group", "Prince Holding Group": a title that only a body's words follow names the body.
    if (isBodyWords(rest.map((u) => u.text))) return [...out, span(us.slice(head), 'organization', 'head-rule')];
    // "President Vladimir Putin and Turkish …": one person's name never runs across "and".
    const and = rest.findIndex((u) => lower(u) === 'and' || lower(u) === 'or' || u.text === '&');
    if (and > 0)
      return [
        ...out,
        span(rest.slice(0, and), 'person', 'title'),
        ...classifyUnits(trimConnectors(rest.slice(and + 1)), run, text, false),
      ];
    if (rest.some((u) => /\d/.test(u.text))) return out; // "ANALYST NOTE AN-2025-044": a reference number
    // "Archbishop Blase Cupich of Chicago": a known place after "of" is where the person is from.
    const of = rest.findIndex((u) => lower(u) === 'of');
    const from = of > 0 ? trimConnectors(rest.slice(of + 1)) : [];
    if (from.length && gazetteerClass(textOf(from, text)) === 'location')
      return [...out, span(rest.slice(0, of), 'person', 'title'), span(from, 'location', 'gazetteer')];
    return [...out, span(rest, 'person', 'title')];
  }
  // "Mohammed bin Salman", "Ursula von der Leyen": a name particle after a first name keeps one person.
  if (
    us.length >= 3 &&
    isFirstName(us[0] as Unit) &&
    us.some((u) => isConnector(u) && NAME_PARTICLES.has(lower(u))) &&
    us.every((u) => !isConnector(u) || NAME_PARTICLES.has(lower(u)))
  ) {
    return [span(us, 'person', 'compromise')];
  }
  // Connectors split what no whole-run rule claimed ("Kazakhstan and Kyrgyzstan").
  // Split at "and" first: each side may be a name with its own particles ("von der Leyen and …").
  const and = us.findIndex((u) => isConnector(u) && (lower(u) === 'and' || u.text === '&'));
  const c = and > 0 ? and : us.findIndex(isConnector);
  if (c > 0) {
    const left = classifyUnits(us.slice(0, c), run, text, titled);
    const right = classifyUnits(trimConnectors(us.slice(c + 1)), run, text, false);
    return [
      ...left,
      ...right.map((s) => (memberOf(us, c, left, s) ? makeSpan(s.start, s.end, 'organization', 'apposition') : s)),
    ];
  }
  // "Christopher Columbus": a first name opens a person's name, whatever the rest is in the gazetteer.
  if (us.length >= 2 && us.length <= 4 && isFirstName(us[0] as Unit) && !us.some(isAcronym) && !us.some(isTitleWord)) {
    return [span(us, 'person', 'compromise')];
  }
  // "Kaduna state governor Uba Sani": after a title, two to four words are a person's name,
  // whatever place the gazetteer knows by one of them (not a country: "minister Kenya" is no name).
  if (
    us.length >= 2 &&
    us.length <= 4 &&
    isTitled(run, us) &&
    !us.some((u) => isAcronym(u) || isTitleWord(u) || countryCode(u.text) !== null)
  )
    return [span(us, 'person', 'title')];
  const subs = gazetteerSpans(us, text);
  if (subs.length > 0) {
    const out: Span[] = [...subs];
    let from = 0;
    for (const s of subs) {
      const k = us.findIndex((u) => u.start >= s.start);
      if (k > from) out.push(...piece(us.slice(from, k), run, titled));
      from = us.findIndex((u) => u.start >= s.end);
      if (from < 0) from = us.length;
    }
    if (from < us.length) out.push(...piece(us.slice(from), run, false));
    return out;
  }
  return piece(us, run, titled || (t >= 0 && t === us.length - 1 ? false : isTitled(run, us)));
}

/**
 * "opposition leader Sajith Premadasa of the Samagi Jana Balawegaya": after a person's name, "of
 * the" and a name read as no more than a guess at a person is the body the person belongs to.
 */
function memberOf(us: readonly Unit[], c: number, left: readonly Span[], right: Span): boolean {
  return (
    lower(us[c] as Unit) === 'of' &&
    lower(us[c + 1] as Unit) === 'the' &&
    left.length === 1 &&
    left[0]!.type === 'person' &&
    right.type === 'person' &&
    (right.source === 'compromise' || right.source === 'guess')
  );
}

/**
 * Prepositions that open sentences ("In …, officials said"), not "Under" or "Beyond", which open
 * firms' names; and the article "An".
 */
const OPENING_WORDS = new Set(
  'in at on from by with into across near through throughout during since after before among between against around along despite an'.split(
    ' ',
  ),
);

/** A post only a company has: "Chief Executive", "CEO", "Chief Financial Officer", "Chairman". */
function isCompanyPost(title: Unit[]): boolean {
  const words = title.map((u) => lower(u)).join(' ');
  return /\b(?:chief executive|ceo|cfo|coo|chief (?:financial|operating|technology) officer|chairman|chairwoman|managing director)\b/.test(
    words,
  );
}

function joinsTwoNames(us: Unit[]): boolean {
  return us.some((u) => isConnector(u) && (lower(u) === 'and' || u.text === '&'));
}

function isFirstName(u: Unit): boolean {
  if (u.first && isEverydayWord(u.text)) return false;
  return (
    ['FirstName', 'MaleName', 'FemaleName'].some((t) => u.tags.has(t)) ||
    (gazetteerWordFlags(u.text) & WORD_IS_FIRST_NAME) !== 0
  );
}

/** Everyday words ending in a body's head word, and nothing else: "Group", "Holding Group". */
export function isBodyWords(words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    ORG_HEADS.has(words[words.length - 1]!.toLowerCase()) &&
    words.every((w) => ORG_HEADS.has(w.toLowerCase()) || isEverydayWord(w))
  );
}

function trimConnectors(us: Unit[]): Unit[] {
  let s = 0;
  while (s < us.length && (isConnector(us[s] as Unit) || lower(us[s] as Unit) === 'the')) s++;
  return us.slice(s);
}

/** Rules that type the whole run at once: exact gazetteer, organisation and place head words. */
function wholeRule(us: Unit[], text: string): Span | null {
  const phrase = textOf(us, text);
  const g = isTwoCountries(phrase)
    ? null
    : (gazetteerClass(phrase) ??
      (INSTITUTION_NAMES.has(phrase.toLowerCase()) ? institutionType(us, text) : null) ??
      (isTheFed(phrase, us, text) ? 'organization' : null));
  if (g) return span(us, g, 'gazetteer');
  if (us.length < 2) return null;
  if (isSuffixedBody(us, text)) return span(us, 'organization', 'gazetteer');
  if (isCountryBranch(us, text)) return span(us, 'organization', 'head-rule');
  // "U.S. Steel", "U.S. Bancorp": a company named with its country's abbreviation and its trade.
  if (us.length === 2 && COUNTRY_ABBREVIATION.test((us[0] as Unit).text) && COUNTRY_TRADES.has(lower(us[1] as Unit)))
    return span(us, 'organization', 'head-rule');
  // "Bank Indonesia": a central bank named "Bank" and its country.
  if (us.length === 2 && lower(us[0] as Unit) === 'bank' && countryCode((us[1] as Unit).text) !== null)
    return span(us, 'organization', 'head-rule');
  // "Hou Yu-ih", "Yoon Suk-yeol": a short family name, then a given name of two syllables joined
  // by a hyphen, as Chinese and Korean names are romanised.
  if (
    us.length === 2 &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test((us[0] as Unit).text) &&
    isHyphenatedGivenName((us[1] as Unit).text)
  )
    return span(us, 'person', 'head-rule');
  const last = us[us.length - 1] as Unit;
  const modifiers = us.slice(0, -1).filter((u) => !isConnector(u));
  const named =
    modifiers.some((u) => !isPlainWord(u) && !isDemonym(u.text) && !isTitleWord(u)) ||
    modifiers.some((u) => gazetteerClass(u.text) === 'location');
  // "Independent Commission Against Corruption": a title-case "Against" joins a remit the same way.
  const ofHead = us.findIndex(
    (u, i) =>
      i < us.length - 2 &&
      ORG_OF_HEADS.has(lower(u)) &&
      (/^(of|for|on)$/.test(lower(us[i + 1] as Unit)) || (us[i + 1] as Unit).text === 'Against'),
  );
  if (ofHead >= 0 && !titledPersonAfter(us, ofHead + 2) && !us.slice(0, ofHead).some(isTitleWord))
    return span(us, 'organization', 'head-rule');
  // "Campaign to Stop Killer Robots": a body named for its purpose (runs.ts lets "to" in only there).
  if (us.some((u) => u.text === 'to')) return span(us, 'organization', 'head-rule');
  // "Kingdom of France", "Gulf of Aden": a place head opening the name, then "of" and a name; a
  // compass word may come first ("the Eastern District of New York", a court's district).
  const head = COMPASS_WORD.test((us[0] as Unit).text) ? 1 : 0;
  if (
    us.length >= head + 3 &&
    LOC_OF_HEADS.has(lower(us[head] as Unit)) &&
    lower(us[head + 1] as Unit) === 'of' &&
    !joinsTwoNames(us)
  ) {
    return span(us, 'location', 'head-rule');
  }
  // "Place de la Republique", "Piazza del Popolo", "Praça do Comércio", "Stade de France": a
  // square, street or ground named in a Romance language, its head first, then "de" and the rest.
  if (
    us.length >= 3 &&
    SQUARE_HEADS.has(lower(us[0] as Unit)) &&
    /^(?:de|del|della|delle|dei|di|du|des|da|do|dos|das)$/.test(lower(us[1] as Unit)) &&
    !joinsTwoNames(us)
  )
    return span(us, 'location', 'head-rule');
  // "Galerie d'Apollon", "Place d'Italie": the article elided before the name.
  if (us.length === 2 && SQUARE_HEADS.has(lower(us[0] as Unit)) && /^[dl]['’]\p{Lu}/u.test((us[1] as Unit).text))
    return span(us, 'location', 'head-rule');
  // "Los Chapitos", "La Mayiza", "Los Zetas": a Spanish article opening a name that is no known
  // place (those matched above: "Los Angeles", "La Paz") names a group.
  // After "at", "in", "near" … it is a town's name: "the airport at La Tontouta".
  if (/^(?:Los|Las|La)$/.test((us[0] as Unit).text) && us.length >= 2 && !us.some(isTitleWord) && !joinsTwoNames(us)) {
    const place = afterPlacePreposition(text, (us[0] as Unit).start);
    return span(us, place ? 'location' : 'organization', 'head-rule');
  }
  // "Banco Santander", "Polska Grupa Zbrojeniowa", "Petroleos Mexicanos": in the languages that
  // put it first, a body's head word opens its name (or follows a country's name).
  const lead = us.findIndex((u) => LEADING_ORG_HEADS.has(lower(u)));
  if (lead >= 0 && lead <= 1 && us.length >= 2 && !us.some(isTitleWord) && !joinsTwoNames(us))
    return span(us, 'organization', 'head-rule');
  // "Xinjiang Road & Bridge Engineering", "Procter & Gamble": an ampersand between capitalised
  // words joins one firm's name (exact gazetteer names such as "Trinidad & Tobago" matched above).
  // Not "Obama & Biden": two people (or two known names) an ampersand only lists.
  if (us.length >= 3 && us.some((u) => u.text === '&') && !us.some((u) => lower(u) === 'and')) {
    const amp = us.findIndex((u) => u.text === '&');
    const sides = [us.slice(0, amp), us.slice(amp + 1)];
    const lists =
      us.some((u) => isFirstName(u) || PERSON_TAGS.some((t) => u.tags.has(t))) ||
      sides.every((side) => side.length > 0 && gazetteerClass(textOf(side, text)) !== null);
    if (amp > 0 && amp < us.length - 1 && !us.some(isTitleWord) && !lists) return span(us, 'organization', 'head-rule');
  }
  // "Court and National Assembly", "U.S. and Royal Navy": two names, not one; split at "and"
  // instead. But "Organized Crime and Corruption Reporting Project" is one: only everyday words,
  // none a body's head, stand before its "and".
  const joinsTwo = us.some(
    (u, i) =>
      isConnector(u) &&
      lower(u) === 'and' &&
      !us.slice(0, i).every((w) => isEverydayWord(w.text) && !isDemonym(w.text) && !ORG_HEADS.has(lower(w))) &&
      !endsInTradePair(us, i) &&
      !placesPairOpensBody(us, i, text) &&
      !remitPairBeforeHead(us, i),
  );
  // "the Johnson Space Center": a site rockets fly from or are run from is a place, as a base is.
  if (
    /^cent(?:er|re)$/.test(lower(last)) &&
    us.length >= 3 &&
    lower(us[us.length - 2] as Unit) === 'space' &&
    !joinsTwo
  )
    return span(us, 'location', 'head-rule');
  // "into the Annunciation Church", "at St. Mary's Cathedral": a place of worship where something
  // happens is a building; a faith in a church's name makes it the body ("the Catholic Church",
  // "the Russian Orthodox Church").
  if (WORSHIP_HEADS.test(last.text) && modifiers.length > 0 && !joinsTwo && !modifiers.some(isTitleWord)) {
    if (last.text === 'Church' && modifiers.some((u) => FAITH.test(u.text)))
      return span(us, 'organization', 'head-rule');
    if (
      afterPlacePreposition(text, us[0]!.start, true) &&
      !modifiers.some((u) => FAITH.test(u.text) || isDemonym(u.text))
    )
      return span(us, 'location', 'head-rule');
  }
  if (ORG_HEADS.has(lower(last)) && modifiers.length > 0 && !modifiers.every(isTitleWord) && !joinsTwo) {
    if (
      !modifiers.every((u) => isDemonym(u.text) && !isCapitalised(last)) &&
      !(modifiers.length === 1 && lower(modifiers[0] as Unit) === 'the')
    ) {
      return span(us, 'organization', 'head-rule');
    }
  }
  // "Islamic State West Africa Province", "Islamic State Khorasan Province": the group's branches
  // are named as its provinces.
  if (/^Islamic State\s+\p{Lu}/u.test(phrase) && !joinsTwo) return span(us, 'organization', 'head-rule');
  if (LOC_HEADS.has(lower(last)) && named && !modifiers.some(isTitleWord) && !joinsTwo)
    return span(us, 'location', 'head-rule');
  // compromise's wider lists of organisation and place words, only after a real name ("Acme
  // Energy"), and not after a first name ("Darren Woods" is a person).
  if (
    named &&
    !modifiers.some(isTitleWord) &&
    isCapitalised(last) &&
    !joinsTwo &&
    !(us.length === 2 && isFirstName(us[0] as Unit))
  ) {
    if (COMPROMISE_ORG_WORDS.has(lower(last))) return span(us, 'organization', 'head-rule');
    if (COMPROMISE_PLACE_WORDS.has(lower(last))) return span(us, 'location', 'head-rule');
  }
  if (LOC_OPENERS.has(lower(us[0] as Unit)) && us.length === 2 && !isPlainWord(us[1] as Unit))
    return span(us, 'location', 'head-rule');
  return null;
}

/** "fined by the Fed": the Federal Reserve by its short name, after "the" only ("Fed up …" is none). */
function isTheFed(phrase: string, us: Unit[], text: string): boolean {
  return phrase === 'Fed' && /\bthe\s+$/i.test(text.slice(Math.max(0, us[0]!.start - 6), us[0]!.start));
}

/**
 * A seat of government named for the institution ("the Elysee Palace said …") is the body; a
 * palace where something happens is the building ("at the Elysee Palace").
 */
function institutionType(us: Unit[], text: string): NamedEntityType {
  return lower(us[us.length - 1] as Unit) === 'palace' && afterPlacePreposition(text, us[0]!.start, true)
    ? 'location'
    : 'organization';
}

/**
 * Whether a title from `from` on is followed by a name, not by "of" or the end: "Georgia Bureau of
 * Investigation Director Chris Hosey" names a person after the body; "Office of the Director of
 * National Intelligence" and "Department of Justice Inspector General" are bodies.
 */
function titledPersonAfter(us: Unit[], from: number): boolean {
  const title = us.findIndex((u, k) => k >= from && isTitleWord(u));
  if (title < 0) return false;
  let name = title;
  while (name < us.length && (isTitleWord(us[name] as Unit) || TITLE_MODIFIERS.has(lower(us[name] as Unit)))) name++;
  return name < us.length && !isConnector(us[name] as Unit);
}

/** Head words of bodies a person leads and gives a name to: "the People's Party of Inga Saeland". */
const PARTY_HEADS = new Set(['party', 'movement', 'alliance', 'front', 'coalition', 'bloc']);

/** "Seven & i Holdings Co.": a body the lists know, with its legal suffix after it. */
function isSuffixedBody(us: Unit[], text: string): boolean {
  return (
    us.length >= 2 &&
    LEGAL_SUFFIX_WORD.test((us[us.length - 1] as Unit).text) &&
    gazetteerClass(textOf(us.slice(0, -1), text)) === 'organization'
  );
}

/** A compass word that may open a place's name before its head ("Eastern District of …"). */
const COMPASS_WORD = /^(?:Northern|Southern|Eastern|Western|Central|Middle)$/;

/** Trades a company named after its country's abbreviation may have: not a family name ("David Steel"), so not a body's head everywhere. */
const COUNTRY_TRADES = new Set(['steel', 'bancorp', 'bank', 'cellular', 'airways', 'airlines', 'mail']);

/** Squares, streets and grounds whose names open with their head word in French, Spanish, Italian and Portuguese. */
const SQUARE_HEADS = new Set(
  'place plaza piazza praça praca rue avenida calle largo puerta porta galerie palais château arena estadio estádio stade stadio'.split(
    ' ',
  ),
);

/** The nations of the United Kingdom, which no country code names. */
const UK_NATIONS = /^(?:England|Scotland|Wales|Northern Ireland)$/;

/**
 * "NHS England", "Amnesty International Kenya", "Save the Children UK": a known organisation and
 * then a country, in one run, name the organisation's branch there — one organisation, not the
 * body and a place.
 */
function isCountryBranch(us: Unit[], text: string): boolean {
  for (let k = us.length - 1; k >= 1 && k >= us.length - 3; k--) {
    const body = us.slice(0, k);
    if (isConnector(body[body.length - 1] as Unit)) continue;
    const place = textOf(us.slice(k), text);
    if (
      (countryCode(place) !== null || UK_NATIONS.test(place)) &&
      gazetteerClass(textOf(body, text)) === 'organization'
    )
      return true;
  }
  return false;
}

/**
 * "North Yorkshire Fire and Rescue Service", "Fish and Wildlife Service": the "and" at `i` joins
 * two everyday words of one body's remit, and everyday words then end the run in a body's head.
 * Not "Court and National Assembly": a body's head before the "and" names a body of its own.
 */
function remitPairBeforeHead(us: Unit[], i: number): boolean {
  const plain = (u: Unit): boolean => isEverydayWord(u.text) && !isDemonym(u.text);
  const before = us[i - 1];
  const after = us.slice(i + 1);
  return (
    before !== undefined &&
    plain(before) &&
    !ORG_HEADS.has(lower(before)) &&
    after.length >= 2 &&
    after.every(plain) &&
    ORG_HEADS.has(lower(after[after.length - 1] as Unit))
  );
}

/** Lines of business a firm's name may end with two of: "Blue Lagoon Shipping and Trading". */
const TRADES = new Set(
  'trading contracting shipping logistics services industries securities insurance holdings energy mining'.split(' '),
);

/**
 * "England and Wales Cricket Board", "Hong Kong and Macau Affairs Office": two known places joined
 * by the "and" at `i` open a body's name.
 */
function placesPairOpensBody(us: Unit[], i: number, text: string): boolean {
  if (i < 1 || !ORG_HEADS.has(lower(us[us.length - 1] as Unit))) return false;
  if (gazetteerClass(textOf(us.slice(0, i), text)) !== 'location') return false;
  // The second place, of one or two words, with the body's words still to come after it.
  for (let end = i + 2; end <= Math.min(i + 3, us.length - 1); end++)
    if (gazetteerClass(textOf(us.slice(i + 1, end), text)) === 'location') return true;
  return false;
}

/** Whether the "and" at `i` joins two lines of business that end the run (one firm's name), after a name of its own. */
function endsInTradePair(us: Unit[], i: number): boolean {
  return i >= 2 && i === us.length - 2 && TRADES.has(lower(us[i - 1] as Unit)) && TRADES.has(lower(us[i + 1] as Unit));
}

/** Index of the last title word in the run, or -1. */
/** Where the title phrase opening the run ends ("Chief Technology Officer"), or 0 when no title opens it. */
function leadingTitleEnd(us: Unit[]): number {
  let end = 0;
  while (end < us.length && (isTitleWord(us[end] as Unit) || TITLE_MODIFIERS.has(lower(us[end] as Unit)))) end++;
  return us.slice(0, end).some(isTitleWord) ? end : 0;
}

function lastTitleIndex(us: Unit[]): number {
  for (let i = us.length - 1; i >= 0; i--) if (isTitleWord(us[i] as Unit)) return i;
  return -1;
}

/** Where the title phrase that ends at `t` begins ("Foreign Minister", "Prime Minister"). */
function titleStart(us: Unit[], t: number): number {
  let s = t;
  while (s > 0 && (TITLE_MODIFIERS.has(lower(us[s - 1] as Unit)) || isTitleWord(us[s - 1] as Unit))) s--;
  return s;
}

/**
 * "Australia and New Zealand": two countries listed, whatever the gazetteer holds under the
 * pair; not a country named so ("Bosnia and Herzegovina", "Trinidad and Tobago").
 */
function isTwoCountries(phrase: string): boolean {
  const pair = /^(.+?)\s+and\s+(.+)$/.exec(phrase);
  return (
    pair !== null && countryCode(phrase) === null && countryCode(pair[1]!) !== null && countryCode(pair[2]!) !== null
  );
}

/** Longest gazetteer phrases inside the run (and hyphen parts: "London-UK"). */
function gazetteerSpans(us: Unit[], text: string): Span[] {
  const out: Span[] = [];
  const max = gazetteerMaxWords();
  for (let i = 0; i < us.length;) {
    let found = 0;
    for (let n = Math.min(max, us.length - i); n >= 1 && !found; n--) {
      const part = us.slice(i, i + n);
      if (isConnector(part[0] as Unit) || isConnector(part[n - 1] as Unit)) continue;
      const g = isTwoCountries(textOf(part, text)) ? null : gazetteerClass(textOf(part, text));
      if (g) {
        out.push(span(part, g, 'gazetteer'));
        found = n;
      }
    }
    if (!found) out.push(...hyphenParts(us[i] as Unit));
    i += found || 1;
  }
  return out;
}

/** "China-Taliban", "London-UK": every capitalised part a known name. */
function hyphenParts(u: Unit): Span[] {
  if (!u.text.includes('-')) return [];
  const parts = u.text.split('-');
  if (!parts.every((p) => /^\p{Lu}/u.test(p))) return [];
  const out: Span[] = [];
  let at = u.start;
  for (const p of parts) {
    const g = gazetteerClass(p);
    if (!g) return [];
    out.push(makeSpan(at, at + p.length, g, 'gazetteer'));
    at += p.length + 1;
  }
  return out;
}

function isTitled(run: Run, us: Unit[]): boolean {
  const before = run.units[0] === us[0] ? run.before : null;
  if (before === null || /[^\s]/.test(before.post)) return false;
  if (isTitleWord(before)) return true;
  // "chief executive Christian Sewing": a title whose last word is none alone ("an executive").
  const i = run.sentence.units.indexOf(before);
  const chief = run.sentence.units[i - 1];
  return lower(before) === 'executive' && chief !== undefined && lower(chief) === 'chief' && !/[^\s]/.test(chief.post);
}

/** A piece with no connector and no gazetteer phrase: typed by compromise's tags and context. */
function piece(raw: Unit[], run: Run, titled: boolean): Span[] {
  let us = raw;
  // Capitalised everyday words at the edges are headline or sentence capitals, not names.
  while (us.length && isPlainWord(us[0] as Unit) && !(titled && us.length === 1)) us = us.slice(1);
  while (us.length && isPlainWord(us[us.length - 1] as Unit)) us = us.slice(0, -1);
  if (us.length === 0) return [];
  if (us.length === 1 && isDemonym((us[0] as Unit).text)) return [];
  if (us.every((u) => isDemonym(u.text) || isPlainWord(u))) return [];
  const type = evidence(us, run, titled);
  return type ? [span(us, type.type, type.source)] : [];
}

/** ", 73," after a name: an age between commas. */
function isAge(last: Unit, next: Unit): boolean {
  const n = /^\d{2,3}$/.test(next.text) ? Number(next.text) : 0;
  return n >= 16 && n <= 110 && last.post.trim() === ',' && next.post.trimStart().startsWith(',');
}

function evidence(
  us: Unit[],
  run: Run,
  titled: boolean,
): { type: NamedEntityType; source: 'title' | 'head-rule' | 'compromise' | 'context' | 'guess' } | null {
  // "ANALYST NOTE AN-2025-044": a heading's reference number after a role word is no person.
  if (titled) return us.some((u) => /\d/.test(u.text)) ? null : { type: 'person', source: 'title' };
  const first = us[0] as Unit;
  const last = us[us.length - 1] as Unit;
  const afterRun = run.units[run.units.length - 1] === last ? run.after : null;
  const beforeRun = run.units[0] === first ? run.before : null;
  const personTags = us.filter((u) => PERSON_TAGS.some((t) => u.tags.has(t)) && !u.tags.has('Honorific')).length;
  const firstName = (gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0 && us.length >= 2;
  // "The party founded by Evo Morales, which once won …": a founder named like a person is a
  // person, whatever the clause after makes the tagger think.
  if ((firstName || personTags > 0) && beforeRun && isFoundedBy(run)) return { type: 'person', source: 'title' };
  if (personTags > 0 || firstName) return { type: 'person', source: 'compromise' };
  if (afterRun && SPEECH_VERBS.has(afterRun.text.toLowerCase()) && !isAcronym(last))
    return { type: 'person', source: 'context' };
  // "after Hage Geingob died": a name of two words or more that died is someone's, as surely as
  // a founder's is (a weaker cue would not outlast the tagger's silence).
  if (afterRun?.text === 'died' && us.length >= 2 && !us.some(isAcronym) && !us.some((u) => isEverydayWord(u.text)))
    return { type: 'person', source: 'title' };
  // "the court removed Paetongtarn Shinawatra from office": only a person holds one.
  if (
    beforeRun &&
    REMOVED.test(beforeRun.text) &&
    afterRun?.text === 'from' &&
    /^(?:office|power)$/.test(nextUnit(run, afterRun)?.text ?? '') &&
    us.length >= 2 &&
    !us.some(isAcronym) &&
    !us.some((u) => isEverydayWord(u.text))
  )
    return { type: 'person', source: 'title' };
  // "Persad-Bissessar, 73, became …": a name given an age is a person's.
  if (afterRun && isAge(last, afterRun) && !us.some(isAcronym)) return { type: 'person', source: 'title' };
  if (us.every((u) => PLACE_TAGS.some((t) => u.tags.has(t)))) return { type: 'location', source: 'compromise' };
  if (us.some((u) => u.tags.has('Organization'))) return { type: 'organization', source: 'compromise' };
  // An acronym nobody defined ("GOP", "CRTC") is most often an organisation in news text.
  if (
    us.length === 1 &&
    isAcronym(first) &&
    !first.text.endsWith('s') &&
    first.text.length <= 6 &&
    !COMMON_ACRONYMS.has(first.text) &&
    !REPORT_ABBREVIATIONS.has(first.text)
  ) {
    // Before a title in the same run it is the body the title holder serves: "NCA Director
    // General Graeme Biggar" (a place's acronym there is a known name, "UK Prime Minister", or
    // of two letters, "NY Congressman Michael Grimm").
    // The title may be written in lower case, after the run: "FFF president Philippe Diallo".
    const next = run.units[run.units.indexOf(first) + 1] ?? afterRun;
    const serves = !!next && isTitleWord(next) && first.text.length >= 3;
    return { type: 'organization', source: serves ? 'head-rule' : 'guess' };
  }
  if (
    beforeRun &&
    PLACE_PREPOSITIONS.has(beforeRun.text.toLowerCase()) &&
    us.length <= 2 &&
    !isAcronym(first) &&
    !isAccordingTo(run)
  ) {
    return { type: 'location', source: 'context' };
  }
  // Two to four unknown capitalised words, none an everyday word: most often a person's name.
  if (
    us.length >= 2 &&
    us.length <= 4 &&
    !us.some(isAcronym) &&
    !us.some((u) => isEverydayWord(u.text)) &&
    !first.first
  ) {
    return { type: 'person', source: 'guess' };
  }
  return null;
}

/** "According to Dilnoza Karimova": the "to" names a source, not a destination. */
function isAccordingTo(run: Run): boolean {
  const at = run.before ? run.sentence.units.indexOf(run.before) : -1;
  return (
    run.before?.text.toLowerCase() === 'to' && at > 0 && run.sentence.units[at - 1]?.text.toLowerCase() === 'according'
  );
}

/** Head words written short: "Dept", "Govt", "Assn". */
const ABBREVIATED_HEADS = /^(?:Dept|Govt|Assn|Intl|Univ|Natl|Inst|Comm|Corp|Bros)$/;

/** Verbs that take someone out of a post: "removed … from office". */
const REMOVED = /^(?:removed|ousted|suspended|dismissed|barred)$/;

/** The unit after `u` in the run's sentence, or null. */
function nextUnit(run: Run, u: Unit): Unit | null {
  return run.sentence.units[run.sentence.units.indexOf(u) + 1] ?? null;
}

/** "founded by", "co-founded by" right before the run. */
function isFoundedBy(run: Run): boolean {
  const at = run.before ? run.sentence.units.indexOf(run.before) : -1;
  return (
    run.before?.text.toLowerCase() === 'by' &&
    at > 0 &&
    /^(?:co-)?founded$/.test(run.sentence.units[at - 1]?.text.toLowerCase() ?? '')
  );
}

function span(us: Unit[], type: NamedEntityType, source: Parameters<typeof makeSpan>[3]): Span {
  return makeSpan((us[0] as Unit).start, (us[us.length - 1] as Unit).end, type, source);
}

export { isAcronym, isPlainWord };
