import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/**
 * Companies whose names are written as a possessive: the tagger reads "Moody's" as an owner and
 * finds no name ("Moody's is due to review …"), or a person ("McDonald").
 */
const BRANDS = [
  'Moody',
  'McDonald',
  'Sotheby',
  'Christie',
  'Lloyd',
  'Sainsbury',
  'Macy',
  'Kellogg',
  'Wendy',
  'Kohl',
  'Dillard',
  'Domino',
];
const BRAND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BRANDS.join('|')})['’]s(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Each "Moody's", "Sotheby's", "McDonald's" as the company, in place of whatever was found there.
 * Not where the document names a person with that surname ("Chris Christie's campaign").
 */
export function findPossessiveBrands(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(BRAND)) {
    const surname = m[0].slice(0, -2);
    if (entities.some((e) => e.type === 'person' && e.text.includes(' ') && e.text.endsWith(` ${surname}`))) continue;
    const start = m.index;
    const end = start + m[0].length;
    found.push({ type: 'organization', text: m[0], start, end, key: mentionKey(m[0]), canonical: m[0] });
  }
  if (!found.length) return entities;
  const kept = entities.filter((e) => !found.some((f) => e.start < f.end && f.start < e.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
