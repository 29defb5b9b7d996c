import { makeSpan, type Span } from './span.js';

/**
 * The people a wire story's credit line names: "(Reporting by Nerijus Adomaitis; Editing by
 * Terje Solsvik and Louise Heavens)", "Additional reporting by AJ Vicens in Detroit". Each name
 * there is a person, however unfamiliar; a place after "in" is left to the other rules.
 */
const CREDIT = /\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Written|Edited)\s+by\s+([^;)\n]+)/g;
/** One person's name: capitalised words, initials and name particles ("David van Weel"). */
const NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{1,3})(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn)\s+)*(?:\p{Lu}[\p{L}'’.-]*))+$/u;

export function creditLineSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CREDIT)) {
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    // "Ricardo Brito in Brasilia and Gabriel Araujo": names split at commas and "and", places cut at "in".
    const pieces = /[^,]+/g;
    for (const p of list.matchAll(pieces)) {
      for (const part of p[0].split(/\s+and\s+/)) {
        const name = part.replace(/\s+in\s+.*$/, '').trim();
        if (!NAME.test(name)) continue;
        const start = listStart + p.index + p[0].indexOf(name);
        out.push(makeSpan(start, start + name.length, 'person', 'title'));
      }
    }
  }
  return out;
}
