export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toTimeString().slice(0, 5);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Splits a search snippet into plain and matched parts (the store marks matches with private-use characters). */
export function snippetParts(snippet: string, open: string, close: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest) {
    const a = rest.indexOf(open);
    if (a < 0) {
      out.push({ text: rest, match: false });
      break;
    }
    if (a > 0) out.push({ text: rest.slice(0, a), match: false });
    const b = rest.indexOf(close, a + 1);
    const end = b < 0 ? rest.length : b;
    out.push({ text: rest.slice(a + 1, end), match: true });
    rest = b < 0 ? '' : rest.slice(b + 1);
  }
  return out;
}

/** "latest “Date” entry" → "Latest “Date” entry": a lower-case phrase as a heading or label. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
