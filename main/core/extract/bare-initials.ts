import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/**
 * One or two initials without full stops before a name, as South Asian English writes them: "V
 * Narayanan", "M K Stalin". Not "A" or "I", which are words.
 */
const BARE_INITIALS_BEFORE = /(?:^|[\s("“])((?:[B-HJ-Z] ){1,2})$/u;

/**
 * Gives a person back the initials the tagger left out ("V" + "Narayanan"), and the name so
 * completed to their other mentions ("Narayanan said"), so the document names one person.
 */
export function joinBareInitials(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const renamed = new Map<string, { key: string; canonical: string }>();
  const out = entities.map((e, i) => {
    if (e.type !== 'person') return e;
    const m = BARE_INITIALS_BEFORE.exec(text.slice(Math.max(0, e.start - 5), e.start));
    if (!m) return e;
    const start = e.start - m[1]!.length;
    const previous = entities[i - 1];
    if (previous && previous.end > start) return e;
    const name = text.slice(start, e.end);
    const key = mentionKey(name);
    if (e.text === e.canonical) renamed.set(e.key, { key, canonical: name });
    return { ...e, text: name, start, key, canonical: name };
  });
  if (!renamed.size) return out;
  return out.map((e) => {
    const to = e.type === 'person' ? renamed.get(e.key) : undefined;
    return to ? { ...e, ...to } : e;
  });
}
