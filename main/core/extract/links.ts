import { UNDIRECTED_LINK_TYPES, type LinkType } from '../../../lib/vocabulary/event-types.js';
import type { Sentence } from './analyse.js';
import { countryCode, countryOfDemonym } from './gazetteer.js';
import { markNames, type MarkedSentence } from './link-text.js';
import { LINK_PATTERNS, type Ends } from './link-patterns.js';
import type { ExtractedEntity, ExtractedLink } from './types.js';

const NAMED = new Set(['person', 'organization', 'location']);

/**
 * Suggested links: relations the text states between two named entities, read per sentence by
 * the patterns in `link-patterns.ts` (appositions, titles, possessives, copulas, a few verbs),
 * each cited to its passage with a confidence. One link per (source, type, target); the first
 * statement is its citation.
 */
export function suggestLinks(text: string, sentences: Sentence[], entities: ExtractedEntity[]): ExtractedLink[] {
  const named = entities.filter((e) => NAMED.has(e.type));
  const places = new Map<string, ExtractedEntity>();
  for (const e of named)
    if (e.type === 'location' && !places.has(e.canonical.toLowerCase())) places.set(e.canonical.toLowerCase(), e);
  const out = new Map<string, ExtractedLink>();
  let i = 0;
  for (const s of sentences) {
    while (i < named.length && (named[i] as ExtractedEntity).start < s.start) i++;
    const inside: ExtractedEntity[] = [];
    for (let j = i; j < named.length && (named[j] as ExtractedEntity).end <= s.end; j++)
      inside.push(named[j] as ExtractedEntity);
    if (!inside.length) continue;
    const m = markNames(text, s.start, s.end, inside);
    const helpers = contextOf(m, places);
    for (const p of LINK_PATTERNS) {
      p.re.lastIndex = 0;
      for (const hit of m.marked.matchAll(p.re)) {
        for (const ends of p.read(hit, helpers)) add(out, m, hit, ends, p.type, p.confidence, p.rule);
      }
    }
  }
  return [...out.values()];
}

/** What the patterns may ask about the names of one sentence. */
export interface LinkContext {
  name(marker: string | undefined): ExtractedEntity | null;
  /** The document's place for a nationality or regional adjective ("Afghan" → Afghanistan, "Central Asian" → Central Asia). */
  placeOf(adjective: string | undefined): ExtractedEntity | null;
  isCountry(e: ExtractedEntity | null): boolean;
  /** The nearest name of one of `types` before marked offset `at`. */
  nearestBefore(at: number, types: string[]): ExtractedEntity | null;
  marked: MarkedSentence;
}

function contextOf(m: MarkedSentence, places: Map<string, ExtractedEntity>): LinkContext {
  return {
    marked: m,
    name: (marker) => (marker === undefined ? null : (m.names[Number(marker)] ?? null)),
    placeOf(adjective) {
      if (!adjective) return null;
      const country = countryOfDemonym(adjective);
      if (country) return places.get(country.toLowerCase()) ?? null;
      // "Central Asian" → "Central Asia", "European" → "Europe", "African" → "Africa".
      const a = adjective.toLowerCase();
      return (
        places.get(a.replace(/n$/, '')) ??
        places.get(a.replace(/an$/, '')) ??
        places.get(a.replace(/ean$/, 'e')) ??
        null
      );
    },
    isCountry: (e) => !!e && e.type === 'location' && countryCode(e.canonical) !== null,
    nearestBefore(at, types) {
      let best: ExtractedEntity | null = null;
      for (const hit of m.marked.slice(0, at).matchAll(/⟦(\d+)⟧/g)) {
        const e = m.names[Number(hit[1])];
        if (e && types.includes(e.type)) best = e;
      }
      return best;
    },
  };
}

function add(
  out: Map<string, ExtractedLink>,
  m: MarkedSentence,
  hit: RegExpMatchArray,
  ends: Ends,
  type: LinkType,
  confidence: number,
  rule: string,
): void {
  const { source, target } = ends;
  if (!source || !target || source.key === target.key) return;
  const directed = !UNDIRECTED_LINK_TYPES.has(type);
  const [a, b] = !directed && target.key < source.key ? [target, source] : [source, target];
  const id = `${a.type}:${a.key}\u0000${type}\u0000${b.type}:${b.key}`;
  if (out.has(id)) return;
  const from = hit.index ?? 0;
  out.set(id, {
    sourceKey: a.key,
    sourceType: a.type,
    targetKey: b.key,
    targetType: b.type,
    type,
    directed,
    start: m.origin(from),
    end: m.origin(from + hit[0].length),
    confidence: ends.confidence ?? confidence,
    rule,
  });
}
