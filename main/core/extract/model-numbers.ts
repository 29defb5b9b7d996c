import { replacedBy } from './entity-list.js';
import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';
import { ORG_HEADS } from './word-lists.js';

/**
 * A maker's name (a written name, not letters: "MKV 165 MB" is a file) and a model number:
 * "Boeing 737", "Airbus A320neo" (three digits: no year).
 */
const MAKER_AND_MODEL =
  /(?<![\p{L}\d])(\p{Lu}\p{Ll}[\p{L}-]*\p{L}) [A-Z]?\d{3}(?!st|nd|rd|th)(?:[a-z]+)?(?![\d,.])(?: ([A-Z]{2,}(?: \d{1,2})?)(?![\p{L}\d]))?/gu;

/**
 * Aircraft and other products named by a maker and a model number. The maker is an organisation,
 * found alone even where the tagger ran it into the name before it ("Alaska Airlines Boeing 737":
 * the airline and Boeing) or missed it; the letters of the designation after the number ("737 MAX
 * 9") are no entity, in any mention ("the MAX 9").
 */
export function splitMakerFromModel(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  const designations = new Set<string>();
  const organisation = (name: string, start: number): ExtractedEntity => ({
    type: 'organization',
    text: name,
    start,
    end: start + name.length,
    key: mentionKey(name),
    canonical: name,
  });
  for (const m of text.matchAll(MAKER_AND_MODEL)) {
    const maker = m[1]!;
    // Not a nation's ("the Russian 201st base"), a place's or an everyday word's.
    if (isEverydayWord(maker) || isDemonym(maker) || gazetteerClass(maker) === 'location') continue;
    if (m[2]) designations.add(m[2]);
    const end = m.index + maker.length;
    const holder = entities.find((e) => e.start <= m.index && e.end >= end);
    if (!holder) {
      found.push(organisation(maker, m.index));
      continue;
    }
    // "Alaska Airlines Boeing": a body's name, its head word, then the maker.
    const words = holder.text.split(' ');
    const head = words[words.length - 2];
    if (holder.end !== end || holder.type !== 'organization' || !head || !ORG_HEADS.has(head.toLowerCase())) continue;
    found.push(organisation(words.slice(0, -1).join(' '), holder.start), organisation(maker, m.index));
  }
  // "the MAX 8", "its MAX 9s", "the MAX": the designation's letters with any number, or none.
  const letters = new Set([...designations].map((d) => d.split(' ')[0]!));
  const isDesignation = (name: string) => letters.has(name.replace(/ \d{1,2}s?$/, ''));
  const kept = designations.size ? entities.filter((e) => !isDesignation(e.text)) : entities;
  return replacedBy(kept, found);
}
