import nlp from 'compromise';
import { gazetteerClass, isEverydayWord } from './gazetteer.js';
import { INSTITUTION_NAMES, PERSON_TITLES } from './word-lists.js';

/**
 * One word as the pipeline sees it: a compromise term, or several joined by hyphens without
 * spaces ("Gorno-Badakhshan", "ISIS-K"), with compromise's tags kept as a hint.
 */
export interface Unit {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation/space before and after, as compromise split it. */
  pre: string;
  post: string;
  /** Index of the sentence this unit belongs to. */
  sentence: number;
  /** Whether the unit opens its sentence (its capital letter then says little). */
  first: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  units: Unit[];
  /** A title-case headline or label: capitals there do not mark names. */
  headline: boolean;
}

/** Longest block handed to compromise at once; longer text is cut at a space near the limit. */
const MAX_BLOCK = 20_000;

/**
 * 'full' runs compromise's whole tagger; 'lexicon' only its tokenizer and sentence splitter, with
 * tags from its lexicon (names, places, titles, months) — several times faster, and the rules
 * need little more.
 */
export type AnalyseMode = 'full' | 'lexicon';
export const DEFAULT_MODE: AnalyseMode = process.env.DOSSIER_ANALYSE === 'full' ? 'full' : 'lexicon';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function addLexiconTags(t: RawTerm): void {
  const key = (t.normal ?? t.text.toLowerCase()).replace(/['’]s$/, '');
  const tags = lexicon[key];
  if (tags) for (const tag of Array.isArray(tags) ? tags : [tags]) t.tags.add(tag);
  // Two capitals first: the cheap test rules out almost every word.
  if (/[A-Z].*[A-Z]/.test(t.text) && /^[A-Z][A-Z0-9&]*[A-Z0-9]s?$/.test(t.text.replace(/[.'’]/g, '')))
    t.tags.add('Acronym');
}

interface RawTerm {
  normal?: string;
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * Splits text into blocks (lines, re-joining a line broken mid-sentence), runs compromise on each
 * and returns sentences of units with offsets into `text`.
 */
export function analyse(text: string, mode: AnalyseMode = DEFAULT_MODE): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks(text)) {
    const doc =
      mode === 'full' ? nlp(text.slice(block.start, block.end)) : nlp.tokenize(text.slice(block.start, block.end));
    doc.compute('offset');
    for (const terms of doc.docs as unknown as RawTerm[][]) {
      if (mode === 'lexicon') for (const t of terms) addLexiconTags(t);
      const units = joinHyphens(terms, block.start, sentences.length);
      if (units.length === 0) continue;
      const first = units[0] as Unit;
      const last = units[units.length - 1] as Unit;
      sentences.push({ start: first.start, end: last.end, units, headline: isHeadline(units) });
    }
  }
  return sentences;
}

function joinHyphens(terms: RawTerm[], base: number, sentence: number): Unit[] {
  const units: Unit[] = [];
  let open: Unit | null = null;
  for (const t of terms) {
    if (!t.offset || t.offset.length === 0) continue;
    const start = base + t.offset.start;
    const end = start + t.offset.length;
    if (open && open.post === '-' && t.pre === '' && start === open.end + 1) {
      open.text += `-${t.text}`;
      open.end = end;
      open.post = t.post;
      for (const tag of t.tags) open.tags.add(tag);
      continue;
    }
    open = {
      text: t.text,
      start,
      end,
      tags: new Set(t.tags),
      pre: t.pre,
      post: t.post,
      sentence,
      // After a dateline's dash ("BAMAKO, July 29 (Reuters) - Dozens of …") the sentence begins.
      first: units.length === 0 || /\)\s*[-–—]\s*$/.test(units[units.length - 1]!.post),
    };
    units.push(open);
  }
  // compromise keeps a possessive inside the term; the name itself ends before it.
  for (const u of units) {
    const m = /['’]s$/.exec(u.text);
    if (m && u.text.length > 2) {
      u.text = u.text.slice(0, -2);
      u.end -= 2;
      u.tags.add('Possessive');
    }
  }
  return units;
}

/**
 * Title case ("Drone Strikes Cause Bilateral Crisis"): most everyday words capitalised. Names and
 * titles do not count, so a sentence full of names ("Crown Prince … met …") is not a headline.
 */
function isHeadline(units: Unit[]): boolean {
  const long = units.filter((u) => /^\p{L}{4,}/u.test(u.text));
  if (long.length < 2) return false;
  const capsLong = long.filter((u) => /^\p{Lu}/u.test(u.text)).length;
  const lastPost = units[units.length - 1]?.post ?? '';
  const titleCase =
    capsLong / long.length >= 0.7 &&
    ((long.length <= 25 && !/[.!?]/.test(lastPost.trim())) || capsLong === long.length);
  if (!titleCase) return false;
  const named = wordsOfKnownNames(units);
  const words = units
    .slice(1)
    .filter(
      (u) =>
        !named.has(u) &&
        !PERSON_TITLES.has(u.text.toLowerCase()) &&
        /^\p{L}{4,}$/u.test(u.text) &&
        isEverydayWord(u.text) &&
        !u.tags.has('Honorific') &&
        !NAME_TAGS.some((t) => u.tags.has(t)),
    );
  return words.length >= 2 && words.filter((u) => /^\p{Lu}/u.test(u.text)).length / words.length >= 0.6;
}

/**
 * Everyday words that make a name the lists know together ("He met Donald Trump at the White
 * House in May."): a name, not title case.
 */
function wordsOfKnownNames(units: Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  for (let i = 0; i < units.length; i++) {
    for (let n = 3; n >= 2; n--) {
      const part = units.slice(i, i + n);
      if (part.length < n || !part.every((u) => /^\p{Lu}/u.test(u.text))) continue;
      const phrase = part.map((u) => u.text).join(' ');
      if (gazetteerClass(phrase) === null && !INSTITUTION_NAMES.has(phrase.toLowerCase())) continue;
      for (const u of part) out.add(u);
      break;
    }
  }
  return out;
}

const NAME_TAGS = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
];

/** Line-based blocks; a line that ends mid-sentence is joined to the next when that starts lower-case. */
function* blocks(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = start;
    for (;;) {
      const nl = text.indexOf('\n', end);
      end = nl === -1 ? n : nl;
      if (end - start > MAX_BLOCK) {
        end = cutNear(text, start + MAX_BLOCK, start);
        break;
      }
      if (nl === -1) break;
      const before = text.slice(Math.max(start, end - 2), end).trim();
      const next = text[end + 1] ?? '';
      if (before === '' || /[.!?:;"”)\]]$/.test(before) || !/\p{Ll}/u.test(next)) break;
      end += 1;
    }
    if (/\S/.test(text.slice(start, end))) yield { start, end };
    start = end < n && text[end] === '\n' ? end + 1 : end;
  }
}

function cutNear(text: string, at: number, min: number): number {
  for (let i = at; i > min + 1000; i--) if (/\s/.test(text[i] ?? '')) return i;
  // No space: never split a surrogate pair.
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
