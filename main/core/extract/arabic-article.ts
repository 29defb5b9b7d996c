import { nameAt, replacedBy } from './entity-list.js';
import { gazetteerClass } from './gazetteer.js';
import type { ExtractedEntity } from './types.js';

/** An Arabic article written in lower case and apart, before a capitalised word: "al Qaeda", "el Sisi". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:al|el|ad|ash|as|an|ar)[^\S\n]+)$/u;

/**
 * "an al Qaeda affiliate": the article written apart and in lower case opens no run of capitals,
 * so the name was found without it ("Qaeda"). Where the lists know the whole ("al Qaeda" is
 * al-Qaeda), the name takes its article back, typed as the lists type it.
 */
export function joinArabicArticle(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const e of entities) {
    const m = ARTICLE_BEFORE.exec(text.slice(Math.max(0, e.start - 8), e.start));
    if (!m) continue;
    const start = e.start - m[1]!.length;
    const type = gazetteerClass(text.slice(start, e.end));
    if (type) found.push(nameAt(text, start, e.end, type));
  }
  return replacedBy(entities, found);
}
