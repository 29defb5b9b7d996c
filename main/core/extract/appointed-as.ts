import type { ExtractedEntity } from './types.js';
import { PERSON_TITLES } from './word-lists.js';

/** A verb that gives someone a post, in the sentence before the name: "Takaichi named … as …". */
const APPOINTING =
  /\b(?:named|appointed|nominated|picked|chose|chosen|tapped|installed|confirmed|reappointed|kept|retained|replaced)\b[^.!?\n]*$/;
/** " as foreign minister", " as the new finance minister": the words right after the name. */
const AS_WORDS = /^,?\s+as\s+((?:[\p{Ll}-]+\s*){1,4})/u;

/**
 * "named Satsuki Katayama as finance minister, … and Toshimitsu Motegi as foreign minister": a
 * name given a post only a person holds is a person, whatever the tagger or a place's name (the
 * town of Motegi) made of it.
 */
export function retypeAppointees(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'organization' && e.type !== 'location') return e;
    if (!/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(e.text)) return e;
    const words = AS_WORDS.exec(text.slice(e.end, e.end + 60))?.[1]?.split(/\s+/) ?? [];
    if (!words.some((w) => PERSON_TITLES.has(w))) return e;
    if (!APPOINTING.test(text.slice(Math.max(0, e.start - 200), e.start))) return e;
    return { ...e, type: 'person' };
  });
}
