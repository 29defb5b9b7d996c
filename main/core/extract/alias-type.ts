import { nameAt, withFound } from './entity-list.js';
import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/**
 * ", also known as the ", " (known as ", ", known in Dutch as ", ", aka ", ", formerly ", ", which
 * is also known by its Persian name ": what stands between a name and another name for it.
 */
const ALIAS_BETWEEN =
  /^\s*(?:,|\()?\s*(?:(?:also|better|widely|locally|formerly|previously)\s+)?(?:known(?:\s+in\s+\p{Lu}\p{Ll}+)?|called|referred\s+to)\s+as\s+(?:the\s+)?$|^\s*(?:,|\()?\s*(?:aka|a\.k\.a\.|formerly|previously)\s+(?:the\s+)?$|^\s*,?\s*(?:(?:which|that)\s+is\s+)?(?:also\s+)?known\s+by\s+(?:its|their)\s+(?:\p{Lu}\p{Ll}+\s+)?name\s+$/iu;

/**
 * The other name itself, where the tagger found none: one to four capitalised words, in quotes or
 * not, that end there (", known as Hemedti, did not…"; ', known as "El Mayo".').
 */
const ALIAS_WORDS = /^(["“]?)(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})["”]?(?=\s*[,.;)]|\s*$)/u;
/** How far after a person's name its cue ("…, also known as ") may reach. */
const MAX_GAP = 40;

/**
 * A person's other name after "known as", "aka", where the tagger found no name: the same person,
 * under the name the text gives ("Mohamed Hamdan Dagalo, known as Hemedti").
 */
export function findPersonAliases(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const added: ExtractedEntity[] = [];
  const same = new Map<string, ExtractedEntity>();
  for (let i = 0; i < entities.length; i++) {
    const name = entities[i]!;
    if (name.type !== 'person') continue;
    const next = entities[i + 1];
    const window = text.slice(name.end, Math.min(text.length, name.end + MAX_GAP + 40));
    const cue =
      /^\s*(?:,|\()?\s*(?:(?:also|better|widely|locally)\s+)?(?:known|called|nicknamed)\s+(?:as\s+)?|^\s*(?:,|\()?\s*(?:aka|a\.k\.a\.)\s+/i.exec(
        window,
      );
    if (!cue) continue;
    const m = ALIAS_WORDS.exec(window.slice(cue[0].length));
    if (!m) continue;
    const start = name.end + cue[0].length + m[1]!.length;
    const end = start + m[2]!.length;
    if (next && next.start < end) {
      // Found already: it is this person, in every mention.
      if (next.type === 'person' && next.start === start && next.end === end && next.key !== name.key)
        same.set(next.key, name);
      continue;
    }
    added.push({ type: 'person', text: m[2]!, start, end, key: name.key, canonical: name.canonical });
  }
  if (!added.length && !same.size) return entities;
  const out = withFound(entities, added);
  const aliases = new Map<string, Set<string>>();
  for (const e of out) {
    const name = e.type === 'person' ? same.get(e.key) : undefined;
    if (name) Object.assign(e, { key: name.key, canonical: name.canonical });
    if (e.type === 'person' && e.text !== e.canonical)
      aliases.set(e.key, (aliases.get(e.key) ?? new Set()).add(e.text));
  }
  // Every mention of the person lists the names the document gives it.
  for (const e of out) {
    const names = e.type === 'person' ? aliases.get(e.key) : undefined;
    if (names) e.aliases = [...new Set([...(e.aliases ?? []), ...names])].filter((a) => a !== e.canonical);
  }
  return out;
}

/**
 * ", known by its German acronym DSN", ", known by the initials MPLA", ", known as UME" (or
 * "ENTSO-E"), and an
 * acronym spelled as a word where the clause ends with it (", known as Acas.", ", known as Abicom,").
 */
const ACRONYM_AFTER =
  /^\s*,?\s*(?:(?:also|better|widely)\s+)?(?:known|referred\s+to)\s+(?:by\s+(?:its|the|their)\s+(?:\p{L}+\s+)?(?:acronym|initials|abbreviation)|as)\s+([A-Z][A-Z0-9&]{1,7}(?:-[A-Z0-9]{1,3})?(?![\p{L}\p{N}-])|\p{Lu}\p{Ll}{2,9}(?=\s*[,.;)]))/u;

/** ", known in Dutch as Milieudefensie,": the body's one-word name in another language, where the clause ends with it. */
const NAME_IN_LANGUAGE_AFTER =
  /^\s*,?\s*(?:also\s+)?known\s+in\s+\p{Lu}\p{Ll}+\s+as\s+(\p{Lu}\p{Ll}[\p{L}-]{1,23})(?=\s*[,.;)])/u;

/**
 * A body's acronym given after "known by its … acronym": the same body, in every mention
 * ("The Directorate for State Protection and Intelligence, known by its German acronym DSN").
 */
export function findAcronymAliases(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const body of entities) {
    if (body.type !== 'organization') continue;
    const after = text.slice(body.end, body.end + 80);
    const m = ACRONYM_AFTER.exec(after) ?? NAME_IN_LANGUAGE_AFTER.exec(after);
    if (!m) continue;
    const acronym = m[1]!;
    const every = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu');
    for (const a of text.matchAll(every)) {
      const start = a.index;
      const end = start + acronym.length;
      if (entities.some((e) => e.start < end && start < e.end) || found.some((f) => f.start === start)) continue;
      found.push({
        type: 'organization',
        text: acronym,
        start,
        end,
        key: body.key,
        canonical: body.canonical,
        aliases: [acronym],
      });
    }
  }
  return withFound(entities, found);
}

/**
 * "the Polish Border Guard (Straż Graniczna)", "the Indonesian Forum for the Environment
 * (Walhi)": a body's name in brackets right after it, that no list knows, is its name in its own
 * language (one word only after a name of several). Not "Kyiv (Reuters)", nor "the agency
 * (Warsaw)": only after a body.
 */
function inOwnLanguage(text: string, name: ExtractedEntity, alias: ExtractedEntity): boolean {
  return (
    name.type === 'organization' &&
    /^\s*\($/.test(text.slice(name.end, alias.start)) &&
    text[alias.end] === ')' &&
    (/\s/.test(alias.text) || /\s/.test(name.text)) &&
    gazetteerClass(alias.text) === null
  );
}

/**
 * A name given as another name for the one before it is the same kind of thing: "the Gulf Clan,
 * also known as the Clan del Golfo" names one organisation, however the tagger typed the Spanish.
 * Other mentions of the alias move with it.
 */
export function typeAliasesLikeTheirName(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const retyped = new Map<string, ExtractedEntity['type']>();
  const named = entities.filter((e) => e.type === 'person' || e.type === 'location' || e.type === 'organization');
  for (let i = 1; i < named.length; i++) {
    const name = named[i - 1]!;
    const alias = named[i]!;
    if (alias.type === name.type) continue;
    if (!ALIAS_BETWEEN.test(text.slice(name.end, alias.start)) && !inOwnLanguage(text, name, alias)) continue;
    // "known as Britain's cyber agency": the owner of what it is known as, not another name.
    if (/^['’]s\b/.test(text.slice(alias.end, alias.end + 3))) continue;
    retyped.set(alias.key, name.type);
  }
  if (!retyped.size) return entities;
  for (const e of entities) {
    const type = retyped.get(e.key);
    if (type && (e.type === 'person' || e.type === 'location' || e.type === 'organization')) e.type = type;
  }
  return entities;
}

/**
 * Small words a name's initials leave out: "CFIUS" of "Committee on Foreign Investment in the
 * United States".
 */
const UNSPELLED = new Set(['of', 'for', 'on', 'in', 'and', 'the', 'to']);

/**
 * "Electronic Arts agreed …", then "EA, whose games include …": a body's initials written as a
 * word of their own, where no name is found, are that body in every mention. Only a body named
 * in capitalised words (two to six of them), and not in a line written in capitals.
 */
export function findInitialsAliases(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const bodies = new Map<string, ExtractedEntity>();
  for (const body of entities) {
    const initials = body.type === 'organization' ? initialsOf(body.text) : null;
    if (initials && !bodies.has(initials)) bodies.set(initials, body);
  }
  if (!bodies.size) return entities;
  const found: ExtractedEntity[] = [];
  // One pass over the text's words in capitals, each looked up (not one pass per body).
  for (const a of text.matchAll(CAPITALS_WORD)) {
    const body = bodies.get(a[0]);
    const start = a.index;
    const end = start + a[0].length;
    if (!body || entities.some((e) => e.start < end && start < e.end) || inCapitalsLine(text, start)) continue;
    found.push({ ...nameAt(text, start, end, 'organization'), key: body.key, canonical: body.canonical });
  }
  return withFound(entities, found);
}

/** A word of two to seven capitals, an ampersand among them perhaps: "EA", "M&S". */
const CAPITALS_WORD = /(?<![\p{L}\p{N}&.-])\p{Lu}[\p{Lu}&]{1,6}(?![\p{L}\p{N}&-])/gu;

/**
 * "EA" of "Electronic Arts", "M&S" of "Marks & Spencer" (the ampersand kept); null unless every
 * word but the small ones is capitalised.
 */
function initialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w === '&' || !UNSPELLED.has(w.toLowerCase()));
  const letters = words.filter((w) => w !== '&');
  if (letters.length < 2 || letters.length > 6 || !letters.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** Whether the line holding `at` has no lower-case letter (a heading in capitals). */
function inCapitalsLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return !/\p{Ll}/u.test(text.slice(from, to < 0 ? text.length : to));
}
