import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { assetsDir } from '../assets-dir.js';
import { lookupKey } from './normalize.js';

/** The shape of `assets/gazetteer/place-parents.json.gz` (`scripts/build-place-parents.ts`). */
export interface PlaceParentsFile {
  version: 1;
  /** First-level region (lookup key) → ISO 3166 alpha-2 code of its country. */
  regions: Record<string, string>;
  /** City (lookup key) → ISO code of its country; names shared across countries are absent. */
  cities: Record<string, string>;
}

let loaded: PlaceParentsFile | null = null;

/** Read once; the table never changes while the app runs. */
function load(): PlaceParentsFile {
  if (loaded) return loaded;
  const raw = gunzipSync(readFileSync(join(assetsDir(), 'gazetteer', 'place-parents.json.gz'))).toString('utf8');
  loaded = JSON.parse(raw) as PlaceParentsFile;
  return loaded;
}

/** The country a region or city lies in, by the shipped hierarchy: "GBAO" → region of "TJ". */
export function placeParent(name: string): { kind: 'region' | 'city'; country: string } | null {
  const f = load();
  const key = lookupKey(name);
  const region = f.regions[key];
  if (region) return { kind: 'region', country: region };
  const city = f.cities[key];
  return city ? { kind: 'city', country: city } : null;
}
