import { makeSpan, type Span } from './span.js';

/**
 * The people a wire story's credit line names: "(Reporting by Nerijus Adomaitis; Editing by
 * Terje Solsvik and Louise Heavens)", "Additional reporting by AJ Vicens in Detroit". Each name
 * there is a person, however unfamiliar; a place after "in" is left to the other rules.
 */
const CREDIT_CUE = String.raw`\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Written|Edited)\s+by\s+`;
const CREDIT = new RegExp(`${CREDIT_CUE}([^;)\\n]+)`, 'g');
/** One person's name: capitalised words, initials and name particles ("David van Weel"). */
const NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{1,3})(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn)\s+)*(?:\p{Lu}[\p{L}'’.-]*))+$/u;

/**
 * A byline on a line of its own: "By Christina Amann and Victoria Waldersee". Only a line of
 * names (no lower-case word but "and", "in" and name particles), so "By Monday Hamas and Israel
 * agreed …" is no byline.
 */
const BYLINE = /^[ \t]*By\s+([^\n]{3,100})$/gm;
const BYLINE_SMALL_WORDS = /^(?:and|in|van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn)$/;

export function creditLineSpans(text: string): Span[] {
  const out: Span[] = [];
  const lines = [...text.matchAll(CREDIT)];
  for (const b of text.matchAll(BYLINE)) {
    const words = b[1]!.split(/[\s,]+/).filter(Boolean);
    if (words.every((w) => /^\p{Lu}/u.test(w) || BYLINE_SMALL_WORDS.test(w))) lines.push(b);
  }
  for (const m of lines) {
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

/** Whether a name starting at `start` stands in a byline or a credit line (creditLineSpans found it there). */
export function inCreditLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  return /^[ \t]*By\s/.test(before) || new RegExp(CREDIT_CUE).test(before);
}
