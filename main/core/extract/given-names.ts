import { grownTo, nameAt, withFound } from './entity-list.js';
import { gazetteerClass, gazetteerWordFlags, isDemonym, isEverydayWord, WORD_IS_FIRST_NAME } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';
import { NEVER_NAMES, PARTY_ADJECTIVES, PERSON_TITLES, TITLE_MODIFIERS } from './word-lists.js';

/** One capitalised word right before a name, a single space between: "Elon" of "Elon Musk". */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.&@#_¡¿-])(\p{Lu}\p{Ll}+) $/u;
/** The end of a sentence before a word: a capital there says nothing. */
const SENTENCE_END_BEFORE = /(?:^|[.!?:;"“”]\s*|\n\s*)$/;

/**
 * "a pay package for Elon Musk … Musk told the meeting": the tagger found the family name and
 * left out a given name it had not seen. An unknown capitalised word right before a one-word
 * person, whose name is no given name itself, is that person's given name, when it opens no
 * sentence and is no title, place, body, nationality, party or everyday word. The name so
 * completed is the one of the family name's other mentions, a mention typed otherwise included
 * ("Musk's previous pay package").
 */
export function joinGivenNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const renamed = new Map<string, ExtractedEntity>();
  const out = entities.map((e, i) => {
    // A family name, double-barrelled too ("Kamla Persad-Bissessar"): a given name itself ("Ahh
    // Steve") has none before it.
    if (e.type !== 'person' || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(e.text)) return e;
    if (gazetteerWordFlags(e.text) & WORD_IS_FIRST_NAME) return e;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, e.start - 30), e.start));
    if (!m) return e;
    const start = e.start - m[0].length;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return e;
    if (
      isEverydayWord(word) ||
      gazetteerClass(word) !== null ||
      isDemonym(word) ||
      [PERSON_TITLES, TITLE_MODIFIERS, PARTY_ADJECTIVES, NEVER_NAMES].some((list) => list.has(lower))
    )
      return e;
    const previous = entities[i - 1];
    if (previous && previous.end > start) return e;
    const grown = grownTo(text, e, start, e.end);
    if (e.text === e.canonical && !renamed.has(e.text)) renamed.set(e.text, grown);
    return grown;
  });
  if (!renamed.size) return out;
  return out.map((e) => {
    const to = renamed.get(e.text);
    return to ? { ...e, type: 'person', key: to.key, canonical: to.canonical } : e;
  });
}

/**
 * "Jonas Gahr Store" … "Store, 65, had trailed": a family name given an age is the person named
 * in full, though it is an everyday word the tagger and the rules pass over.
 */
export function findAgedFamilyNames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const people = new Map<string, ExtractedEntity>();
  for (const person of entities) {
    const family = person.type === 'person' && /\s/.test(person.text) ? person.text.split(/\s+/).pop()! : '';
    if (/^\p{Lu}\p{Ll}+$/u.test(family) && !people.has(family)) people.set(family, person);
  }
  if (!people.size) return entities;
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(AGED_WORD)) {
    const person = people.get(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (!person || entities.some((e) => e.start < end && start < e.end)) continue;
    found.push({ ...nameAt(text, start, end, 'person'), key: person.key, canonical: person.canonical });
  }
  return withFound(entities, found);
}

/** A capitalised word given an age: "Store" of "Store, 65,". */
const AGED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?=, \d{2,3},)/gu;
