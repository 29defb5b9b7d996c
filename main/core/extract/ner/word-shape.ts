/** Word shapes: "Rahmon" → "Xxxxxx" (long) and "Xx" (short); "CSTO-2" → "XXXX-d" and "X-d". */
export function wordShape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length && i < 12; i++) out += shapeChar(w.charCodeAt(i), w[i]!);
  return out;
}

export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = shapeChar(w.charCodeAt(i), w[i]!);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeChar(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return /\p{N}/u.test(ch) ? 'd' : 'o';
}

/** Starts with an upper-case letter (any script that has case). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Has letters and none of them is lower-case. */
export function isAllCaps(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

export function isAllLower(w: string): boolean {
  return w !== w.toUpperCase() && w === w.toLowerCase();
}
