import { gazetteerClass, isDemonym } from './gazetteer.js';
import { grownTo } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** A capitalised double-barrelled word right after a name: " Locoh-Donou". */
const DOUBLE_BARRELLED = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+)(?![\p{L}\p{N}-])/u;

/**
 * "François Locoh-Donou": the tagger stopped a person's name before a double-barrelled family
 * name it had not seen. The word is the name's when nothing else was found there and neither
 * half is a place, a body or a nationality ("Macron Franco-German" talks are no one's name).
 */
export function joinHyphenatedSurnames(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'person') return e;
    const m = DOUBLE_BARRELLED.exec(text.slice(e.end, e.end + 60));
    if (!m) return e;
    const next = entities[i + 1];
    const end = e.end + m[0].length;
    if (next && next.start < end) return e;
    const word = m[1]!;
    if ([word, ...word.split('-')].some((w) => gazetteerClass(w) !== null || isDemonym(w))) return e;
    return grownTo(text, e, e.start, end);
  });
}
