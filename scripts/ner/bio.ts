/**
 * Tag-scheme helpers: any IO / IOB1 / IOB2 sequence with a type map becomes clean BIO, and BIO
 * becomes spans and back.
 */
export interface TagSpan {
  type: string;
  start: number;
  end: number; // exclusive, in tokens
}

/**
 * Spans from raw tags. `mapType` turns a set's type name into PER / ORG / LOC / MISC, or null
 * to drop it. An I- tag that does not continue a span of its type starts one (IO and broken
 * IOB sequences both repair this way).
 */
export function spansFromTags(tags: readonly string[], mapType: (raw: string) => string | null): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BIES])-(.+)$/.exec(tag);
    const type = m ? mapType(m[2]!) : null;
    if (!m || !type) {
      open = null;
      return;
    }
    const prefix = m[1]!;
    if (open && open.type === type && open.end === i && (prefix === 'I' || prefix === 'E')) {
      open.end = i + 1;
    } else {
      open = { type, start: i, end: i + 1 };
      spans.push(open);
    }
    if (prefix === 'E' || prefix === 'S') open = null;
  });
  return spans;
}

export function tagsFromSpans(length: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}
