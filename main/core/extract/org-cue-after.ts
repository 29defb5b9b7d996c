import { isEverydayWord } from './gazetteer.js';
import { namesNoFirm } from './org-cue-before.js';
import type { Run } from './runs.js';
import type { Unit } from './analyse.js';
import { makeSpan, type Span } from './span.js';
import { PRODUCTS_NAMED } from './thing-names.js';
import { PARTY_ADJECTIVES, STANDING_OR_TRADE } from './word-lists.js';

/**
 * A listed company's shares moving: "Glencore shares fell". Not after a possessive: people own
 * shares too ("Smith's shares fell").
 */
const SHARES_MOVE =
  /^\s+(?:shares|stock)\s+(?:fell|rose|jumped|slid|dropped|climbed|gained|surged|tumbled|plunged|slumped|rallied|sank|soared|closed|ended|opened|traded|were|have)\b/;
/**
 * What only a company has: "Vitol's trading arm", "Kpler's shareholders", "Maersk's share price",
 * products named in a list.
 */
const COMPANY_PARTS = new RegExp(
  "^['’]s\\s+(?:shareholders|board\\s+of\\s+directors|subsidiary|subsidiaries|parent\\s+company|" +
    '(?:trading|investment|shipping|banking|asset\\s+management|private\\s+equity)\\s+(?:arm|unit|division)|' +
    '(?:share|closing)\\s+price|market\\s+value|chief\\s+financial\\s+officer|annual\\s+(?:report|results|revenue)|' +
    'quarterly\\s+(?:results|earnings|profit|revenue)|' +
    // "Cleo's Harmony, VLTrader and LexiCom products": products listed by name before the word.
    `${PRODUCTS_NAMED})\\b`,
  'u',
);
/**
 * A report's source named at the end of the sentence: "…, Der Spiegel reported." People say;
 * outlets report. Read only after a comma, so "Smith reported seeing smoke" is left alone.
 */
const REPORTED_AT_END =
  /^\s+reported(?:\s+on\s+\p{Lu}\p{L}+day|\s+(?:late|early)\s+on\s+\p{Lu}\p{L}+|\s+earlier)?\s*(?:[.;]|,\s+(?:citing|quoting)\b)/u;
const AFTER_COMMA = /,\s*(?:the\s+)?$/i;
/** "Anthropic, founded by former OpenAI researchers": what someone founded is a body (a known place is left alone). */
const FOUNDED_AFTER = /^,\s+(?:co-)?founded\s+(?:by|in)\b/;
/**
 * "Salesloft was bought in 2024 by …", "Electronic Arts agreed on Monday to be taken private":
 * what is bought, taken over or taken private whole is a company.
 */
const BOUGHT_AFTER =
  /^\s+(?:(?:was|has\s+been)\s+(?:bought|acquired|taken\s+over)\s+(?:in\s+\d{4}\s+|last\s+year\s+)?by\b|(?:has\s+)?agreed\s+(?:on\s+[A-Z][a-z]+day\s+)?to\s+be\s+(?:bought|acquired|taken\s+(?:over|private))\b)/;
/** "Glencore, which operates copper mines": what operates, owns or makes things is a company. */
const WHICH_RUNS = /^,\s+which\s+(?:operates|owns|runs|makes|produces|manufactures|sells)\b/;
/**
 * "Anglo American has agreed to sell its coal mines": a name that does something to "its" own is
 * a body or a place, never a person (known places are left alone, as everywhere here). Its verb
 * comes first ("Output at its mine" is no doer), and a sentence's opening word alone is no name.
 */
const ITS_AFTER =
  /^\s+(?:(?:has|have|had|will|would|also|now|then)\s+){0,2}(?!(?:at|in|on|of|for|from|with|by|to|into|and|or)\s)(?:\p{Ll}+\s+){1,4}?its\b/u;
/**
 * The name opens its sentence, the body after a dateline's dash, or a clause after its
 * conjunction ("… formed last year when Kellogg split its snacks business"): the doer, not a word
 * inside a phrase ("state TV CCTV").
 */
function opensClause(before: string): boolean {
  return (
    before.trim() === '' ||
    /[-–—]\s*$/.test(before) ||
    /\b(?:when|after|before|since|because|while|as)\s+$/.test(before)
  );
}
/** "a Seatrium spokeswoman", "the Kremlin spokesman": a body speaks through one (a person through an aide). */
const SPOKESPERSON_AFTER = /^\s+spokes(?:person|man|woman)\b/;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;
/** "the Verdi union", and "Austria's Signa group". */
/**
 * An article or an owner's possessive, perhaps with one lower-case word after it: "the small"
 * Podemos party, "his" Smer party, "whose" Agrofert conglomerate.
 */
const ARTICLE_OR_OWNER_BEFORE =
  /(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Ww]hose)|\p{L}['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
/**
 * "Vortexa analyst Armen Azizian", "ING economists said": a firm names its analysts this way. Not
 * an everyday word ("Oil analysts", "Senior analyst"), a place or a nationality.
 */
const STAFF_AFTER = /^\s+(?:analysts?|economists?|strategists?|researchers?)\b/;
/** "Cybersecurity researchers at Recorded Future": the staff are another body's; the word is their field. */
const STAFF_OF_ANOTHER =
  /^\s+(?:analysts?|economists?|strategists?|researchers?)\s+(?:at|from|with|of)\s+(?:the\s+)?\p{Lu}/u;
/** "The Islamist group", "a Sunni militia": a belief describes the body, it does not name it. */
const BELIEF = /^(?:\p{L}+(?:ist|ite)|Sunni|Shia|Shi['’]a|Islamic|Muslim|Christian|Catholic|Jewish|Hindu|Buddhist)$/u;
/**
 * "the Verdi union", "a Gallup Korea poll", "the Adani group", "the Rhysida gang", "the CAPSAT
 * unit", "the National People's Power alliance", "the military's Inter Services Public Relations
 * directorate": after an article or an owner, a name before one of these nouns is a body (a
 * known place or nationality is left alone: "a Texas poll").
 */
const BODY_AFTER =
  /^\s+(?:union|poll|survey|group|conglomerate|militia|exchange|party|gang|cartel|unit|alliance|coalition|bloc|directorate)\b(?!-)/;
/**
 * "UnitedHealth's Optum division", "its Change Healthcare unit", "Amazon's Whole Foods Market
 * grocery chain", "its Castrol lubricants business": a part of a company, owned by it, named with
 * capitals inside the sentence, even in everyday words (not one alone: "its Security unit").
 */
const PART_AFTER =
  /^\s+(?:(?:grocery|retail|supermarket|restaurant|hotel)\s+chain|unit|division|subsidiary|affiliate|(?:\p{Ll}+\s+){1,2}business)\b(?!-)/u;
const OWNER_BEFORE = /(?:\b(?:its|their)|[\p{L}.]['’]s)\s+$/u;
/** "the Law and Justice party": a party's name may be everyday words joined by "and". */
const PARTY_AFTER = /^\s+party\b(?!-)/;
/** Whose party it is: "his", "its", "whose" or a name's possessive right before. */
const OWNER_OR_WHOSE_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ww]hose)|\p{L}['’]s)\s+$/u;

/**
 * "whose Transformers party", "his Renaissance party": a capitalised word before "party", after
 * its owner (not an article), names it however everyday the word; not a party's adjective ("his
 * Republican party").
 */
function ownedParty(named: readonly Unit[], after: string, text: string): boolean {
  const first = named[0]!;
  return (
    PARTY_AFTER.test(after) &&
    named.length === 1 &&
    !first.first &&
    !PARTY_ADJECTIVES.has(first.text.toLowerCase()) &&
    OWNER_OR_WHOSE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  );
}

/**
 * What only a company does or has: "Anglo American rejected a takeover proposal", "Alliance Boots
 * merged with Walgreens", "Freeport-McMoRan Chief Executive Kathleen Quirk", "Nvidia CEO Jensen
 * Huang", "FTX founder Sam Bankman-Fried".
 */
const COMPANY_ACTS =
  /^\s+(?:(?:rejected|accepted|received|launched|made|agreed\s+to)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,3}?(?:takeover|merger|buyout)\b|merged\s+with\s+\p{Lu}|(?:Chief\s+Executive|chief\s+executive|CEO|Chief\s+Financial\s+Officer|CFO|Chairman|chairman|(?:co-)?founder)\s+\p{Lu})/u;
/**
 * "Bundesbank chief Joachim Nagel", "Nissan boss Carlos Ghosn": the body a person heads, named
 * before the post (not an everyday word: "Police chief John Smith").
 */
const HEADED_BY = /^\s+(?:chief|boss)\s+\p{Lu}/u;
/**
 * "Naleraq leader Pele Broberg", "Hezbollah leader …": a coined name before its leader is a party
 * or a movement (not everyday words nor a party's adjective: "Opposition leader", "Republican
 * leader"; places and nationalities are left alone below).
 */
const LED_BY = /^\s+leader\s+\p{Lu}/u;
/**
 * "Its shares rose", "It was taken over by …": a pronoun or determiner opening the sentence, not
 * a name; nor a word for when someone held a post ("Former chief executive Paula Vennells").
 */
const NOT_A_NAME =
  /^(?:it|they|he|she|we|its|their|his|her|our|my|your|the|this|that|these|those|former|acting|interim|outgoing|incoming|deputy|new|then|late)$/i;
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const MAX_WORDS = 4;

/**
 * Organisation spans for names the words after them show to be companies or news outlets:
 * shares that move, a trading arm, shareholders, "…, Le Monde reported.", "a Seatrium
 * spokeswoman", "Vortexa analyst …". The tagger misses
 * unfamiliar one-word firms ("Glencore shares fell") or takes them for people ("Vitol's trading
 * arm"). Known places and people are left alone, and so is a name after a title.
 */
export function orgCueAfterSpans(runs: readonly Run[], text: string): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    if (run.sentence.headline || run.units.length > MAX_WORDS) continue;
    const first = run.units[0]!;
    const last = run.units[run.units.length - 1]!;
    const after = text.slice(last.end, last.end + 60);
    // A reporter named in full ("…, John Smith reported") is a person.
    const reported =
      REPORTED_AT_END.test(after) &&
      AFTER_COMMA.test(text.slice(Math.max(0, first.start - 8), first.start)) &&
      !FIRST_NAME_TAGS.some((t) => first.tags.has(t));
    const spokesperson =
      SPOKESPERSON_AFTER.test(after) && ARTICLE_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start));
    const staff =
      STAFF_AFTER.test(after) &&
      !STAFF_OF_ANOTHER.test(after) &&
      !run.units.every((u) => isEverydayWord(u.text)) &&
      !FIRST_NAME_TAGS.some((t) => first.tags.has(t));
    // A sentence's opening "The" is the run's first word.
    const opensWithArticle = /^(?:the|a|an)$/i.test(first.text) && run.units.length > 1;
    // "Traders on the Comex exchange": a run may hold small words; the name is what follows the last.
    const lastSmall = run.units.findLastIndex((u) => /^\p{Ll}/u.test(u.text));
    const named = opensWithArticle ? run.units.slice(1) : lastSmall >= 0 ? run.units.slice(lastSmall + 1) : run.units;
    const body =
      BODY_AFTER.test(after) &&
      named.length > 0 &&
      (opensWithArticle ||
        ARTICLE_OR_OWNER_BEFORE.test(text.slice(Math.max(0, named[0]!.start - 24), named[0]!.start))) &&
      // "the Western alliance" is no name; "the National People's Power alliance", inside a
      // sentence, is, and so is a party its leader owns ("whose Transformers party").
      (!named.every((u) => isEverydayWord(u.text)) ||
        (named.length >= 3 && !named[0]!.first) ||
        ownedParty(named, after, text)) &&
      !(named.length === 1 && BELIEF.test(named[0]!.text));
    // "the Law and Justice party", "the Justice and Development party": capitalised words
    // joined by "and" before "party" name it, everyday words as they are.
    const words = opensWithArticle ? run.units.slice(1) : run.units;
    const partyOfWords =
      PARTY_AFTER.test(after) &&
      words.length >= 3 &&
      words.every((u, i) => (i % 2 === 1 ? u.text === 'and' : /^\p{Lu}/u.test(u.text))) &&
      (opensWithArticle ||
        ARTICLE_OR_OWNER_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 24), words[0]!.start)));
    // The whole name after a sentence's "The" ("The Bank of Korea has cut its …").
    const doer = opensWithArticle ? run.units.slice(1) : run.units;
    const ownsIt =
      ITS_AFTER.test(after) &&
      opensClause(text.slice(run.sentence.start, first.start)) &&
      !FIRST_NAME_TAGS.some((t) => doer[0]!.tags.has(t)) &&
      !doer.every((u) => isEverydayWord(u.text));
    const headed =
      (HEADED_BY.test(after) && !run.units.every((u) => isEverydayWord(u.text))) ||
      (LED_BY.test(after) &&
        !run.units.some((u) => isEverydayWord(u.text) || PARTY_ADJECTIVES.has(u.text.toLowerCase())));
    const part =
      PART_AFTER.test(after) &&
      !first.first &&
      OWNER_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start)) &&
      run.units.every((u) => /^\p{Lu}/u.test(u.text)) &&
      !(run.units.length === 1 && isEverydayWord(first.text));
    const founded =
      FOUNDED_AFTER.test(after) ||
      WHICH_RUNS.test(after) ||
      COMPANY_ACTS.test(after) ||
      BOUGHT_AFTER.test(after) ||
      ownsIt ||
      headed ||
      part;
    if (
      !SHARES_MOVE.test(after) &&
      !COMPANY_PARTS.test(after) &&
      !reported &&
      !spokesperson &&
      !staff &&
      !body &&
      !partyOfWords &&
      !founded
    )
      continue;
    if (run.units.length === 1 && NOT_A_NAME.test(first.text)) continue;
    // "Then ABC chief Joe Bloggs left": such a word opening the sentence is not the name's; nor
    // is a word for how the body stands to another ("Rival Blue Origin, founded by …").
    const opener =
      NOT_A_NAME.test(first.text) || (first.first && run.units.length > 1 && STANDING_OR_TRADE.test(first.text))
        ? run.units[1]!
        : first;
    const from = partyOfWords ? words[0]! : body ? named[0]! : ownsIt ? doer[0]! : opener;
    if (namesNoFirm(text.slice(from.start, last.end), from, run.before)) continue;
    out.push(makeSpan(from.start, last.end, 'organization', 'apposition'));
  }
  return out;
}
