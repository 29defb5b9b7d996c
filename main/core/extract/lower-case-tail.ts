import { gazetteerClass } from './gazetteer.js';
import { grownTo } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** One or two lower-case words right after a name. */
const TAIL = /^ (\p{Ll}+)(?: (\p{Ll}+))?(?![\p{L}\p{N}])/u;

/**
 * "the Metropolitan police", "the Liberal Democratic party": papers that write a known body's
 * head word in lower case. The tagger stops at the capitals; the name with the words after it is
 * the body the gazetteer knows, so it is that body, whole.
 */
export function joinLowerCaseTails(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e, i) => {
    if (e.type !== 'location' && e.type !== 'organization' && e.type !== 'person') return e;
    const m = TAIL.exec(text.slice(e.end, e.end + 40));
    if (!m) return e;
    const next = entities[i + 1];
    for (const words of m[2] ? [2, 1] : [1]) {
      const tail = words === 2 ? ` ${m[1]} ${m[2]}` : ` ${m[1]}`;
      const end = e.end + tail.length;
      if (next && next.start < end) continue;
      if (gazetteerClass(text.slice(e.start, end)) !== 'organization') continue;
      return grownTo(text, e, e.start, end, 'organization');
    }
    return e;
  });
}
