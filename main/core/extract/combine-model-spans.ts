import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import type { TaggedSpan } from './ner/index.js';
import { makeSpan, type Span, type SpanSource } from './span.js';

/** Rule signals trusted to set the type of a span the model found. */
const TYPE_SETTERS: ReadonlySet<SpanSource> = new Set(['gazetteer', 'head-rule', 'title', 'acronym']);
/** Model spans outrank every rule span when they overlap: the model decides where names are. */
const MODEL_STRENGTH = 4.5;

export interface CombineOptions {
  /** Ranges where model spans are not taken (e.g. title-case headlines); rules still apply there. */
  ignore?: (start: number, end: number) => boolean;
}

/**
 * The learned tagger proposes the spans; an exact-span gazetteer match or a strong rule on the
 * same span sets the type; strong rule spans the model did not touch are added. Weak rule
 * guesses are dropped. Acronym linking and propagation run afterwards on the result.
 */
export function combineModelSpans(text: string, model: readonly TaggedSpan[], rules: readonly Span[], options: CombineOptions = {}): Span[] {
  const exact = new Map<string, Span>();
  for (const r of rules) {
    if (!TYPE_SETTERS.has(r.source)) continue;
    const k = `${r.start}:${r.end}`;
    const prev = exact.get(k);
    if (!prev || r.strength > prev.strength) exact.set(k, r);
  }
  const out: Span[] = [];
  const covered = new Uint8Array(text.length + 1);
  const strong = rules.filter((r) => TYPE_SETTERS.has(r.source));
  for (const m of model) {
    if (m.end <= m.start || m.end > text.length || options.ignore?.(m.start, m.end)) continue;
    const rule = exact.get(`${m.start}:${m.end}`);
    // A strong rule span that contains or crosses the model's span keeps its longer, whole name.
    if (!rule && strong.some((r) => r.start < m.end && m.start < r.end && !(m.start <= r.start && m.end >= r.end))) continue;
    if (!rule && isNationalityPhrase(text.slice(m.start, m.end))) continue;
    const type = rule?.type ?? gazetteerClass(text.slice(m.start, m.end)) ?? m.type;
    const s = makeSpan(m.start, m.end, type, 'model');
    s.strength = MODEL_STRENGTH;
    out.push(s);
    covered.fill(1, m.start, m.end);
  }
  for (const r of rules) {
    if (!TYPE_SETTERS.has(r.source)) continue;
    let free = true;
    for (let i = r.start; i < r.end && free; i++) if (covered[i]) free = false;
    if (free) out.push({ ...r });
  }
  return out;
}

/** "Tajik Citizens", "Afghan Border": a nationality and common nouns describe, they do not name. */
function isNationalityPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length >= 2 && isDemonym(words[0] as string) && words.slice(1).every((w) => isEverydayWord(w) && !isDemonym(w));
}
