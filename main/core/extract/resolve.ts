import type { KnownForms } from './known-forms.js';
import { mentionKey } from './normalize.js';
import type { Span } from './span.js';
import type { ExtractedEntity } from './types.js';

/**
 * Turns final spans into mentions: each gets the canonical label of the entity it stands for
 * (the full name for a surname, the long form for an acronym) and that label's key.
 */
export function resolveMentions(text: string, spans: Span[], known: KnownForms): ExtractedEntity[] {
  const aliasesOf = new Map<string, Set<string>>();
  const mentions = spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    const canonical = known.canonicalOf(surface, s.type);
    const key = mentionKey(canonical) || mentionKey(surface) || surface;
    if (canonical !== surface) {
      const set = aliasesOf.get(`${s.type}\u0000${key}`) ?? new Set<string>();
      set.add(surface);
      aliasesOf.set(`${s.type}\u0000${key}`, set);
    }
    const e: ExtractedEntity = { type: s.type, text: surface, start: s.start, end: s.end, key, canonical };
    return e;
  });
  for (const m of mentions) {
    const set = aliasesOf.get(`${m.type}\u0000${m.key}`);
    if (set && set.size > 0) m.aliases = [...set].filter((a) => a !== m.canonical);
  }
  return mentions;
}
