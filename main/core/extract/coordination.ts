import { gazetteerClass, gazetteerWordFlags, isEverydayWord, WORD_IS_FIRST_NAME } from './gazetteer.js';
import { nameAt, withFound } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** "A and B", "A, B", "A, B and C", "A or B": the words that join the items of one list. */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Names listed together are of one kind: "near Ishkashim and Rushan" lists two places, so a
 * one-word name the tagger took for a person ("Rushan", a district it never saw) becomes a
 * place when it is listed beside a place (one retyped so counts for the next item).
 * Only bare one-word "persons" move: no first name (unless the list follows a place's
 * preposition: "at Balboa and Cristobal"), no name the gazetteer knows as a person;
 * every mention of a one-word name listed among places moves with it.
 */
export function retypeByCoordination(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const retyped = retypeListed(text, entities);
  // "Santorini, Amorgos, Ios and Anafi": once the list is read, the words it passed over.
  const items = unnamedListItems(text, entities);
  if (items.length) {
    const listed = withFound(entities, items);
    for (const key of retypeListed(text, listed)) retyped.add(key);
    entities = listed.filter((e) => e.type === 'location' || !items.includes(e));
  }
  if (!retyped.size) return entities;
  // The name is a place wherever the document uses it ("Vanj was quiet" after "near Vanj and Ishkashim").
  for (const e of entities) if (retyped.has(e.key) && looksLikeBarePerson(e)) e.type = 'location';
  return entities;
}

/** Retypes the bare persons listed beside places; the keys of the one-word names that are places now. */
function retypeListed(text: string, entities: readonly ExtractedEntity[]): Set<string> {
  const retyped = new Set<string>();
  const isPlace = (e: ExtractedEntity) => e.type === 'location';
  const named = entities.filter((e) => e.type === 'person' || e.type === 'location' || e.type === 'organization');
  // Left to right, then right to left, so "Rushan and Ishkashim" is read as well as "Ishkashim and Rushan".
  for (const order of [named, [...named].reverse()]) {
    for (let i = 1; i < order.length; i++) {
      const a = order[i - 1]!;
      const b = order[i]!;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      if (!LIST_JOIN.test(text.slice(first.end, second.start))) continue;
      if (!isPlace(a)) continue;
      // "the terminals at Balboa and Cristobal": after a place's preposition, a given name
      // joined by "and" to a place is a place too (not one after a comma: "at Swynnerton, Connie …").
      const afterPreposition =
        /^\s+and\s+$/.test(text.slice(first.end, second.start)) &&
        PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
      if (looksLikeBarePerson(b, afterPreposition)) b.type = 'location';
      if (b.type === 'location' && !/\s/.test(b.canonical || b.text)) retyped.add(b.key);
    }
  }
  return retyped;
}

/** One capitalised word between two items of a list: ", Ios and ", ", Ios, ". */
const ONE_WORD_ITEM = /^\s*,\s*(\p{Lu}\p{Ll}{1,})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * "Schools on Santorini, Amorgos, Ios and Anafi": a short name the tagger passed over, listed
 * after a place and before a place or a bare person, is an item of the list too (kept only where
 * the list makes it a place). Not an everyday word nor a name the lists know as something else.
 */
function unnamedListItems(text: string, entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (let i = 1; i < entities.length; i++) {
    const a = entities[i - 1]!;
    const b = entities[i]!;
    if (
      ![a, b].some((e) => e.type === 'location') ||
      ![a, b].every((e) => e.type === 'location' || e.type === 'person')
    )
      continue;
    const m = ONE_WORD_ITEM.exec(text.slice(a.end, b.start));
    if (!m) continue;
    const word = m[1]!;
    if (isEverydayWord(word) || (gazetteerClass(word) ?? 'location') !== 'location') continue;
    const start = a.end + m[0].indexOf(word, 1);
    out.push(nameAt(text, start, start + word.length, 'person'));
  }
  // "its strongholds of Aljunied and Sengkang": the same word opening a list of two, after a
  // place's preposition or "of", the other a place.
  for (const [i, b] of entities.entries()) {
    if (b.type !== 'location') continue;
    const m = OPENING_ITEM.exec(text.slice(Math.max(0, b.start - 40), b.start));
    if (!m) continue;
    const word = m[1]!;
    const start = b.start - m[0].length + m[0].lastIndexOf(word);
    const previous = entities[i - 1];
    if (previous && previous.end > start) continue;
    if (isEverydayWord(word) || gazetteerWordFlags(word) & WORD_IS_FIRST_NAME) continue;
    if ((gazetteerClass(word) ?? 'location') !== 'location') continue;
    out.push(nameAt(text, start, start + word.length, 'location'));
  }
  return out;
}

/** A short name opening a list of two after a place's preposition or "of": "of Aljunied and ". */
const OPENING_ITEM = /\b(?:of|in|at|near|from|between|around)\s+(\p{Lu}\p{Ll}{2,})\s+and\s+$/u;

/** A place's preposition right before the list: "at Balboa and Cristobal". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|from|to|between|outside|around)\s+$/;

function looksLikeBarePerson(e: ExtractedEntity, firstNameToo = false): boolean {
  if (e.type !== 'person') return false;
  const name = e.canonical || e.text;
  if (/\s/.test(name) || /\s/.test(e.text)) return false;
  if (!firstNameToo && gazetteerWordFlags(name) & WORD_IS_FIRST_NAME) return false;
  return gazetteerClass(name) !== 'person';
}
