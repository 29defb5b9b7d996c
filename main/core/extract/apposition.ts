import type { Unit } from './analyse.js';
import { countryCode, gazetteerClass, gazetteerWordFlags, isDemonym, WORD_IS_FIRST_NAME } from './gazetteer.js';
import type { Run } from './runs.js';
import { makeSpan, type Span } from './span.js';
import { HELD_IN } from './word-lists.js';

/**
 * Nouns that say the name beside them is an organisation, in the two ways news writes it:
 * before the name ("the Dubai-based exchange Bybit", "state energy company Barqi Tojik") and as
 * an apposition after it ("Chainalysis, a blockchain analytics firm in New York").
 */
export const ORG_NOUNS = new Set(
  (
    'company firm exchange startup start-up bank lender insurer investor carrier airline broker trader retailer manufacturer maker ' +
    'operator developer publisher newspaper broadcaster charity subsidiary unit conglomerate militia agency ' +
    'contractor supplier consultancy group gang cartel network faction party movement organisation organization ' +
    'outfit coalition alliance union association arm division affiliate regulator watchdog fund giant producer ' +
    'shipper provider chain brand outlet website miner refiner automaker carmaker exporter importer utility distributor fleet ' +
    'promoter organiser organizer office authority commission service ' +
    'cooperative nonprofit non-profit app platform magazine tabloid weekly band orchestra choir club pollster ' +
    'think-tank major supermajor steelmaker drugmaker chipmaker planemaker shipbuilder shipowner lobby studio venture courier network parliament'
  ).split(' '),
);
/**
 * Nouns of ORG_NOUNS that are a person's trade too: "the grain trader Kernel" and "bond investor
 * Pimco" are firms, "rogue trader Nick Leeson" and "activist investor Carl Icahn" men.
 */
const PERSON_TRADES = new Set(['trader', 'broker', 'promoter', 'developer', 'publisher', 'investor']);
/** A post only a person holds, in apposition after a name: "…, a senior analyst at …". */
const PERSON_ROLES = new Set(
  (
    'director chairman chairwoman president minister spokesman spokeswoman spokesperson analyst researcher ' +
    'professor fellow economist founder co-founder leader chief commander adviser advisor ambassador envoy ' +
    'manager editor correspondent lawyer prosecutor activist scientist strategist lecturer attorney judge ' +
    'governor mayor senator commissioner'
  ).split(' '),
);

/** A verb saying who made, runs or left something: "the company Jane Smith founded". */
const MADE_OR_RUN =
  /^(?:\p{Ll}+ed|built|began|set|runs|ran|owns|leads|led|heads|chairs|joined|left|bought|sold|took|won|lost|has|had)$/u;

/** The head word of an investment firm's name: "Affinity Partners", "Elliott Management". */
const FIRM_HEAD = /^(?:Partners|Capital|Management|Investments|Advisors|Advisers|Ventures|Holdings|Group)$/;

/** An adverb between the noun and the word that ends its phrase: "a company once listed on …". */
const ADVERBS = '(?:once|now|formerly|later|still|also|long)';

/**
 * "a", "the", or an owner's possessive, up to four words, and the noun (captured) that ends the
 * phrase before punctuation or one of `ends`: "Kenya's largest telecoms operator". No
 * preposition among the words: in "a massive attack on our network" the noun is "attack".
 */
const nounPhrase = (ends: string): string =>
  "(?:a|an|the|its|their|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!(?:on|to|against|over|by|about|into|upon|through)\\s)[\\p{L}\\d'’.-]+\\s+){0,4}?([\\p{Ll}-]+)" +
  `(?=[,.;:)]|\\s+(?:${ADVERBS}\\s+)?(?:${ends})\\b|\\s*$)`;
const PHRASE_ENDS =
  'of|in|at|based|that|which|with|from|for|and|owned|run|founded|whose|headquartered|created|established|formed|launched|set|registered|listed|between|used|' +
  // What it does: "Adalah, a legal rights group representing the detainees"; who made or runs it:
  // "VKontakte, the social network he had founded".
  '\\p{Ll}+ing|he|she|they|we|it';
/** After a comma: "Safaricom, Kenya's largest telecoms operator". */
const APPOSITION = new RegExp(
  `^,\\s+${nounPhrase(
    `${PHRASE_ENDS}|backed|linked|led|allied|aligned|supported|funded|sponsored|accused|blamed|designated|active|controlled|operated|acquired|bought`,
  )}`,
  'u',
);
/**
 * The same noun after "is a": "Bilka is a Danish chain of hypermarkets", "Kpler is a data firm",
 * "The Bangladesh Scouts are the national Scouting organization".
 */
const COPULAR = new RegExp(`^\\s+(?:is|was|are|were|remains|became)\\s+${nounPhrase(PHRASE_ENDS)}`, 'u');
/** ", part of Google Cloud": the name it is part of, up to its end or a possessive. */
const PART_OF = /^,\s+(?:now\s+)?part\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*)*)(?!['’]s)/u;
/** What follows a news outlet's name: "the Kabar news agency", "its Az-Zallaqa media outlet", "France Info radio". */
const OUTLET_AFTER =
  /^\s+(?:state\s+)?(?:(?:news|media|propaganda)\s+(?:agency|service|outlet|site|portal|channel|website|arm|wing|office)|newspaper|daily|broadcaster|television|TV|radio|magazine|weekly|tabloid)\b/;
/**
 * ", its Estonian counterpart": the one it stands beside is a body when the possessive is "its",
 * a person when it is "his" or "her" (captured).
 */
const COUNTERPART = /^,\s+(its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?counterpart\b/u;
const MAX_WORDS = 5;
/** What goes between the names of one list: ", ", ", and ", " and ". */
export const LIST_GAP = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** Organisation spans typed by a noun in apposition to a run of capitalised words, or by the outlet noun after it. */
export function appositionSpans(runs: readonly Run[], text: string): Span[] {
  const out: Span[] = [];
  // Where the names listed after a plural noun end so far, or -1.
  let listEnd = -1;
  for (const run of runs) {
    if (run.sentence.headline) continue;
    let us: readonly Unit[] = run.units;
    while (us.length && /^(the|of|and|for)$/i.test(us[0]!.text)) us = us.slice(1);
    // "Shares of YPF, the state-controlled energy company": the company is YPF.
    if (us.length > 2 && HELD_IN.test(text.slice(us[0]!.start, us[us.length - 1]!.end))) us = us.slice(2);
    // Connectors do not count: "Strategic Framework for the Defence of the People of Azawad" is five words.
    if (us.length === 0 || us.filter((u) => /^\p{Lu}/u.test(u.text)).length > MAX_WORDS) continue;
    const first = us[0]!;
    const last = us[us.length - 1]!;
    // Only a run that was not trimmed has its noun right before it.
    const before = first === run.units[0] ? run.before : null;
    const nounBefore =
      before !== null &&
      /^\p{Ll}/u.test(before.text) &&
      !/[.!?;:]/.test(before.post) &&
      ORG_NOUNS.has(before.text.toLowerCase()) &&
      // "the group's Afghan branch": a body owning the name's thing, not a noun for the name.
      !before.tags.has('Possessive') &&
      // "Azerbaijani-born developer Aras Agalarov": only a person is born somewhere.
      !/-born\s+$/.test(text.slice(Math.max(0, before.start - 30), before.start)) &&
      // "a major Brazilian manufacturer": an adjective there, a noun only after the name ("Equinor, the energy major").
      !/^(?:super)?major$/i.test(before.text) &&
      // "rogue trader Nick Leeson": a trade a person plies too, before a first name, or after who
      // founded or led something ("a party founded by gold trader Azruddin Mohamed").
      !(
        PERSON_TRADES.has(before.text.toLowerCase()) &&
        ((gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0 ||
          // "Billionaire investor Warren Buffett": a firm an investor is, by one word only.
          (before.text.toLowerCase() === 'investor' && us.length > 1) ||
          /\b(?:founded|co-founded|started|led)\s+by\s+(?:\p{Ll}+\s+)?$/u.test(
            text.slice(Math.max(0, before.start - 30), before.start),
          ))
      ) &&
      // "the firm Peter Kyle built", "the office Jane Smith runs": the person who made or runs it.
      !(
        (gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0 &&
        us.length > 1 &&
        last === run.units[run.units.length - 1] &&
        MADE_OR_RUN.test(run.after?.text ?? '')
      ) &&
      // "a spokesman for the company, John Smith, said": a first name after the noun's comma
      // names the person the clause is about, not the body (a body the lists know stays one).
      !(
        before.post.includes(',') &&
        (gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0 &&
        us.length > 1 &&
        gazetteerClass(text.slice(first.start, last.end)) !== 'organization'
      );
    // "whose main party, the Janatha Vimukthi Peramuna (JVP), led …": the noun, a comma, and the
    // name set off after it.
    const nounThenName =
      before?.text.toLowerCase() === 'the' &&
      ORG_NOUNS.has(
        /(\p{Ll}+)\s*,\s+the\s+$/u.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[1] ?? '',
      ) &&
      /^\s*[,(]/.test(text.slice(last.end, last.end + 2)) &&
      gazetteerClass(text.slice(first.start, last.end)) !== 'location';
    // "Grid operators Fingrid and Elering said": each name after a plural of the noun.
    const pluralBefore =
      before !== null && /^\p{Ll}/u.test(before.text) && !/[,.!?;:]/.test(before.post) ? singularOf(before.text) : null;
    // "… Marks & Spencer, Co-op and Harrods": the names listed on after it too.
    const listedOn =
      listEnd >= 0 &&
      first === run.units[0] &&
      LIST_GAP.test(text.slice(listEnd, first.start)) &&
      !['location', 'person'].includes(gazetteerClass(text.slice(first.start, last.end)) ?? '');
    if (
      listedOn ||
      (pluralBefore !== null &&
        ORG_NOUNS.has(pluralBefore) &&
        !PERSON_TRADES.has(pluralBefore) &&
        !/^(?:super)?major$/.test(pluralBefore))
    ) {
      // "the retailers Marks & Spencer": an ampersand joins one name.
      for (const part of splitAtAnd(us, false))
        out.push(makeSpan(part[0]!.start, part[part.length - 1]!.end, 'organization', 'apposition'));
      listEnd = last.end;
      continue;
    }
    listEnd = -1;
    // Within the sentence: "… in Den Haag, the Netherlands. His current band …" is no apposition.
    // "… Azawad (CSP-DPA), an alliance of …": the name's acronym may stand before the comma.
    const rest = text
      .slice(last.end, Math.min(last.end + 120, run.sentence.end))
      .replace(/^\s+\((\p{Lu}[\p{Lu}\d-]{1,11})\)(?=,)/u, '');
    // "… around the World - Datecs became the best known brand": a dash ends what "is a" names.
    const copular = /\s[-–—]\s/.test(text.slice(first.start, last.end)) ? null : COPULAR.exec(rest);
    // "…, Masoud Pezeshkian, the group and Iran's Revolutionary Guards said": a bare noun that
    // "and" follows opens a list of who said it, not an apposition.
    const apposition = /^,\s+the\s+[\p{Ll}-]+\s+and\s/u.test(rest) ? null : APPOSITION.exec(rest);
    const after = apposition ?? copular;
    // "Mandiant, part of Google Cloud": a part of a named body (not a place that is part of a country).
    const partOf = PART_OF.exec(rest);
    const partOfBody =
      partOf !== null &&
      gazetteerClass(text.slice(first.start, last.end)) !== 'location' &&
      gazetteerClass(partOf[1]!) !== 'location' &&
      !isDemonym(partOf[1]!);
    // "a Bucharest think tank": the noun is the pair.
    const noun = /\bthink\s+tank$/i.test(after?.[0] ?? '') ? 'think-tank' : (after?.[1]?.toLowerCase() ?? '');
    // "Namibia, a major producer of uranium": a country produces and exports as firms do.
    const nounAfter =
      ORG_NOUNS.has(noun) &&
      countryCode(text.slice(first.start, last.end)) === null &&
      // "Michael Arrington, a crypto investor,": a trade a person plies too, after a person's name.
      !(
        PERSON_TRADES.has(noun) &&
        ((gazetteerWordFlags(first.text) & WORD_IS_FIRST_NAME) !== 0 || (noun === 'investor' && us.length > 1))
      );
    // "Tcell and Babilon-Mobile, the country's two largest mobile operators": each name listed.
    const plural = singularOf(noun);
    if (plural && ORG_NOUNS.has(plural)) {
      for (const part of splitAtAnd(us))
        out.push(makeSpan(part[0]!.start, part[part.length - 1]!.end, 'organization', 'apposition'));
      continue;
    }
    // "the Moscow daily" names a place's paper, not the place, and "the Malian newspaper" a
    // nation's: known places and nationalities are left alone.
    const outlet =
      OUTLET_AFTER.test(text.slice(last.end, last.end + 40)) &&
      gazetteerClass(text.slice(first.start, last.end)) !== 'location' &&
      !isDemonym(text.slice(first.start, last.end));
    const counterpart = COUNTERPART.exec(rest);
    if (counterpart && us.length <= 4 && gazetteerClass(text.slice(first.start, last.end)) === null) {
      const type = counterpart[1] === 'its' ? 'organization' : 'person';
      out.push(makeSpan(first.start, last.end, type, type === 'person' ? 'title' : 'apposition'));
      continue;
    }
    // "Irungu Houghton, the executive director of Amnesty International Kenya": a person's post.
    if (
      !nounBefore &&
      PERSON_ROLES.has(noun) &&
      after !== null &&
      after === apposition &&
      us.length >= 2 &&
      us.length <= 4 &&
      gazetteerClass(text.slice(first.start, last.end)) === null
    ) {
      out.push(makeSpan(first.start, last.end, 'person', 'title'));
      continue;
    }
    // "Richard Teng, a former Abu Dhabi regulator": what someone used to be; bodies are not "former".
    const formerRole = nounAfter && /^(?:a|an|the)\s+former\b/i.test(after?.[0]?.replace(/^[\s,]+/, '') ?? '');
    if ((nounBefore || nounThenName || nounAfter || outlet || partOfBody) && !formerRole) {
      // "private equity firm Silver Lake and Affinity Partners, the investment firm founded by …":
      // a noun before and one after, the last name a firm's by its head word: two firms.
      const parts = splitAtAnd(us, false);
      if (nounBefore && nounAfter && parts.length === 2 && FIRM_HEAD.test(last.text))
        for (const part of parts)
          out.push(makeSpan(part[0]!.start, part[part.length - 1]!.end, 'organization', 'apposition'));
      else out.push(makeSpan(first.start, last.end, 'organization', 'apposition'));
    }
  }
  return out;
}

/** "operators" → "operator", "companies" → "company"; null for a word that is not a plural. */
export function singularOf(word: string): string | null {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return null;
}

/**
 * "Emirates NBD and Barclays" → the two names; a name of one part is returned whole. An ampersand
 * splits too unless `atAmpersand` is false.
 */
export function splitAtAnd(units: readonly Unit[], atAmpersand = true): Unit[][] {
  const parts: Unit[][] = [[]];
  for (const u of units) {
    if (/^(?:and|or)$/i.test(u.text) || (atAmpersand && u.text === '&')) parts.push([]);
    else parts[parts.length - 1]!.push(u);
  }
  return parts.filter((p) => p.length > 0);
}
