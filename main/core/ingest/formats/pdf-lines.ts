/**
 * A PDF page's text lines joined back into running text: a word hyphenated across a line break
 * is rejoined ("organi-\nsation" → "organisation", "Gorno-\nBadakhshan" → "Gorno-Badakhshan"), a line that stops mid-sentence goes on with a
 * space ("China Road and\nBridge Corporation" stays one name), while headings, list items and
 * lines ending a sentence keep their break. Lines are trimmed at the end first.
 */
export function joinPdfLines(lines: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/[ \t]+$/, '');
    out += line;
    if (i === lines.length - 1) break;
    const next = (lines[i + 1] ?? '').trimStart();
    if (!line.trim() || !next) {
      out += '\n';
      continue;
    }
    if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) {
      out = out.slice(0, -1); // the hyphen only split the word
      continue;
    }
    if (/\p{L}-$/u.test(line) && /^\p{Lu}/u.test(next)) continue; // a hyphenated name: "Gorno-" + "Badakhshan"

    out += continues(line, next) ? ' ' : '\n';
  }
  return out;
}

/** Whether the sentence on `line` runs on to `next`. */
function continues(line: string, next: string): boolean {
  if (/[.!?:;]["”’)]?$/.test(line)) return false;
  if (/^(?:[-•*–—]|\d+[.)]\s)/.test(next)) return false; // a list item starts
  if (/^\p{Ll}/u.test(next)) return true;
  // Ends on a small word or a comma: the phrase is unfinished ("… Road and", "… the").
  if (/(?:,|\b(?:and|or|of|the|a|an|for|to|in|on|at|by|with|from|de|du|van|von|al))$/i.test(line)) return true;
  // Two capitalised lines: a long line breaks mid-sentence, a short one is a heading.
  return line.length >= 60;
}
