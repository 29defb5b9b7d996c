/** The shape of `assets/gazetteer/gazetteer.json.gz`, written by `scripts/build-gazetteer.ts`. */
export interface GazetteerFile {
  version: 1;
  /** Surface forms, as the data spells them. */
  location: string[];
  organization: string[];
  /** Full names of well-known people. */
  person: string[];
  demonym: string[];
  firstName: string[];
  lastName: string[];
  /** Capitalised short forms that only count in capitals ("WHO", "UK"). */
  acronyms: Record<string, 'location' | 'organization'>;
  /** Every name of each country, by ISO 3166 alpha-2 code. */
  countries: Record<string, string[]>;
  /** Lower-case everyday English words (base forms), to tell capitalised common nouns from names. */
  everyday: string[];
}
