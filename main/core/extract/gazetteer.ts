import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { assetsDir } from '../assets-dir.js';
import type { GazetteerFile } from './gazetteer-file.js';
import { NEWS_ORGANIZATIONS } from './news-organizations.js';
import { NEWS_PLACES } from './news-places.js';
import { computeLookupKey, lookupKey, lookupWords } from './normalize.js';
import { memoizeString } from './string-memo.js';
import { CONNECTORS } from './word-lists.js';

export type GazetteerClass = 'location' | 'organization' | 'person';

/** Bits returned by `gazetteerWordFlags`. */
export const WORD_IN_LOCATION = 1;
export const WORD_IN_ORGANIZATION = 2;
export const WORD_IN_PERSON = 4;
export const WORD_IS_DEMONYM = 8;
export const WORD_IS_FIRST_NAME = 16;
export const WORD_IS_LAST_NAME = 32;

interface Gazetteer {
  phrases: Map<string, GazetteerClass>;
  acronyms: Map<string, 'location' | 'organization'>;
  /** The organisations and places of news-organizations.ts and news-places.ts: known to the rules, not to the tagger's features. */
  newsPhrases: Map<string, 'organization' | 'location'>;
  newsAcronyms: Map<string, 'organization'>;
  /** Listed organisations and news places a run of capitalised words would split, as written (`namesRunsSplit`). */
  splitNames: string[];
  demonyms: Set<string>;
  everyday: Set<string>;
  countries: Map<string, string>;
  words: Map<string, number>;
  /** Longest phrase in words, to bound look-ups over a token window. */
  maxWords: number;
}

let loaded: Gazetteer | null = null;
/** Each country's one-word names ("Afghanistan"), for `countryOfDemonym`. */
let oneWordCountryNames: string[][] | null = null;

function load(): Gazetteer {
  if (loaded) return loaded;
  const raw = gunzipSync(readFileSync(join(assetsDir(), 'gazetteer', 'gazetteer.json.gz'))).toString('utf8');
  const file = JSON.parse(raw) as GazetteerFile;
  const phrases = new Map<string, GazetteerClass>();
  const words = new Map<string, number>();
  let maxWords = 1;
  const flag = (w: string, bit: number): void => {
    words.set(w, (words.get(w) ?? 0) | bit);
  };
  // Later lists win on a clash: a well-known organisation or person beats a town of that name.
  const add = (list: string[], cls: GazetteerClass, bit: number): void => {
    for (const s of list) {
      const ws = lookupWords(s);
      phrases.set(computeLookupKey(s), cls);
      maxWords = Math.max(maxWords, ws.length);
      for (const w of ws) flag(w, bit);
    }
  };
  add(file.location, 'location', WORD_IN_LOCATION);
  add(file.person, 'person', WORD_IN_PERSON);
  add(file.organization, 'organization', WORD_IN_ORGANIZATION);
  const acronyms = new Map(Object.entries(file.acronyms));
  for (const [a, cls] of acronyms)
    flag(computeLookupKey(a), cls === 'location' ? WORD_IN_LOCATION : WORD_IN_ORGANIZATION);
  const demonyms = new Set<string>();
  for (const d of file.demonym) {
    demonyms.add(computeLookupKey(d));
    for (const w of lookupWords(d)) flag(w, WORD_IS_DEMONYM);
  }
  // A nationality word ("Thai") is never a place, whatever town shares its spelling.
  for (const d of demonyms) if (phrases.get(d) === 'location') phrases.delete(d);
  for (const n of file.firstName) flag(computeLookupKey(n), WORD_IS_FIRST_NAME | WORD_IN_PERSON);
  for (const n of file.lastName) flag(computeLookupKey(n), WORD_IS_LAST_NAME | WORD_IN_PERSON);
  const countries = new Map<string, string>();
  for (const [code, names] of Object.entries(file.countries))
    for (const n of names) countries.set(computeLookupKey(n), code);
  oneWordCountryNames = Object.values(file.countries).map((names) => names.filter((n) => /^[A-Z][a-z]+$/.test(n)));
  // Phrases only, no word flags, and never in `compiledGazetteerClass`: the tagger was trained on
  // the compiled file's answers, and sees exactly those.
  const newsPhrases = new Map<string, 'organization' | 'location'>();
  const newsAcronyms = new Map<string, 'organization'>();
  const splitNames = file.organization.filter(splitByRuns);
  for (const names of NEWS_ORGANIZATIONS) {
    for (const n of names) {
      if (splitByRuns(n)) splitNames.push(n);
      const acronym = acronymKey(n);
      if (acronym) newsAcronyms.set(acronym, 'organization');
      else {
        newsPhrases.set(computeLookupKey(n), 'organization');
        maxWords = Math.max(maxWords, lookupWords(n).length);
      }
    }
  }
  // Places only where nothing else goes by the name.
  for (const names of NEWS_PLACES) {
    for (const n of names) {
      if (splitByRuns(n)) splitNames.push(n);
      const key = computeLookupKey(n);
      if (newsPhrases.has(key) || phrases.has(key)) continue;
      newsPhrases.set(key, 'location');
      maxWords = Math.max(maxWords, lookupWords(n).length);
    }
  }
  loaded = {
    phrases,
    acronyms,
    newsPhrases,
    newsAcronyms,
    splitNames,
    demonyms,
    everyday: new Set(file.everyday),
    countries,
    words,
    maxWords,
  };
  return loaded;
}

/**
 * The key a short form counts under when it only counts as written: all capitals ("WHO", dots
 * dropped: "U.N." is "UN"), or a mixed-case short form ("LeT", "AfD"; else "Let" would be an
 * organisation). Null for a name. scripts/build-gazetteer.ts sorts the curated lists by it too.
 */
export function acronymKey(name: string): string | null {
  if (/^[A-Z0-9/&.-]{2,10}$/.test(name) && !/[a-z]/.test(name)) return name.replace(/\./g, '');
  if (/^[A-Za-z]{2,5}$/.test(name) && /^.\p{Ll}*\p{Lu}/u.test(name)) return name;
  return null;
}

/**
 * The class of an exact phrase (after normalisation: case, accents, dots, a leading "the" and a
 * possessive are ignored), or null. All-capital short forms ("WHO", "UK") only match in capitals.
 * The rules' answer: the compiled file and the organisations in the news (news-organizations.ts),
 * which win over a place of the same name ("Morena", "Rio Tinto").
 */
export const gazetteerClass: (phrase: string) => GazetteerClass | null = memoizeString((phrase) =>
  phraseClassOf(phrase, true),
);

/** The compiled file's answer alone: what the tagger's features were trained on (shipped-gazetteer.ts). */
export const compiledGazetteerClass: (phrase: string) => GazetteerClass | null = memoizeString((phrase) =>
  phraseClassOf(phrase, false),
);

function phraseClassOf(phrase: string, withNews: boolean): GazetteerClass | null {
  const g = load();
  const trimmed = phrase.trim();
  const short = trimmed.replace(/\./g, '').replace(/['’]s$/, '');
  const acronym = (withNews ? g.newsAcronyms.get(short) : undefined) ?? g.acronyms.get(short);
  if (acronym) return acronym;
  const inPhrases = (key: string): GazetteerClass | null =>
    (withNews ? g.newsPhrases.get(key) : undefined) ?? g.phrases.get(key) ?? null;
  const cls = inPhrases(lookupKey(trimmed));
  if (cls) return cls;
  // Arabic names' article is written joined or apart: "Al Shabaab" is "al-Shabaab".
  const article = /^(al|el|ad|ash|as|at|an|ar)([\s-])(?=\p{L})/iu.exec(trimmed);
  if (article) {
    const other = `${article[1]}${article[2] === '-' ? ' ' : '-'}${trimmed.slice(article[0].length)}`;
    return inPhrases(lookupKey(other));
  }
  return null;
}

/**
 * The organisations whose listed names a run of capitalised words would split: at a comma
 * ("Department for Environment, Food and Rural Affairs") or at a lower-case word that is no
 * connector ("AU Support and Stabilization Mission in Somalia"). runs.ts joins these as written.
 */
export function namesRunsSplit(): readonly string[] {
  return load().splitNames;
}

function splitByRuns(name: string): boolean {
  return name.includes(',') || name.split(/\s+/).some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !CONNECTORS.has(w));
}

/** Whether a word or phrase is a demonym or nationality adjective ("Tajik", "Chinese"). */
export function isDemonym(phrase: string): boolean {
  const d = load().demonyms;
  const k = lookupKey(phrase);
  return d.has(k) || (k.endsWith('s') && d.has(k.slice(0, -1)));
}

/** Bit flags for one word (see the WORD_* constants); 0 when the word is in no list. */
export function gazetteerWordFlags(word: string): number {
  return load().words.get(lookupKey(word)) ?? 0;
}

/** The longest gazetteer phrase, in words. */
export function gazetteerMaxWords(): number {
  return load().maxWords;
}

/**
 * Whether a word is an everyday English word (in any case: "Strikes", "Border"), judged by its
 * lower-case form or a regular inflection of it. Names ("Rahmon", "Dushanbe") are not.
 */
export const isEverydayWord: (word: string) => boolean = memoizeString(everydayWord);

function everydayWord(word: string): boolean {
  const set = load().everyday;
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (set.has(w)) return true;
  if (w.length < 4) return false;
  if (w.endsWith('ies') && set.has(`${w.slice(0, -3)}y`)) return true;
  if (w.endsWith('es') && set.has(w.slice(0, -2))) return true;
  if (w.endsWith('s') && set.has(w.slice(0, -1))) return true;
  if (w.endsWith('ed') && (set.has(w.slice(0, -2)) || set.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (set.has(w.slice(0, -3)) || set.has(`${w.slice(0, -3)}e`))) return true;
  return false;
}

/**
 * The ISO 3166 alpha-2 code of a country name in any of its forms ("US", "U.S.", "United
 * States", "USA" → "US"), or null. Resolution uses it to propose likely duplicates, not to merge.
 */
export function countryCode(name: string): string | null {
  return load().countries.get(lookupKey(name)) ?? null;
}

/**
 * The country a nationality word points to ("Afghan" → "Afghanistan", "Chinese" → "China"),
 * by the shared stem of the two, or null ("French" has none: better no place than a wrong one).
 */
export const countryOfDemonym: (word: string) => string | null = memoizeString(demonymCountry);

function demonymCountry(word: string): string | null {
  if (!isDemonym(word)) return null;
  // Kept by load() (isDemonym above loaded the gazetteer), so the file is not read twice.
  const countryNames = oneWordCountryNames ?? [];
  const w = word.toLowerCase();
  for (const stem of [w, w.replace(/(?:ian|ese|ish|i|an|ic)$/, '')]) {
    if (stem.length < 4) continue;
    // The country whose shortest one-word name starts with the stem; two countries tied: none.
    const hits = countryNames
      .map((names) => names.filter((n) => n.toLowerCase().startsWith(stem)).sort((a, b) => a.length - b.length)[0])
      .filter((n): n is string => !!n)
      .sort((a, b) => a.length - b.length);
    if (hits.length === 1 || (hits.length > 1 && (hits[0] as string).length < (hits[1] as string).length))
      return hits[0] as string;
  }
  return null;
}
