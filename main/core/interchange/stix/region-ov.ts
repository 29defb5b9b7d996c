import { foldedName } from '../../names/folded-name.js';

/** STIX 2.1 `region-ov` (spec section 10.24): the only values `location.region` should take. */
export const REGION_OV = [
  'africa',
  'eastern-africa',
  'middle-africa',
  'northern-africa',
  'southern-africa',
  'western-africa',
  'americas',
  'caribbean',
  'central-america',
  'latin-america-caribbean',
  'northern-america',
  'south-america',
  'asia',
  'central-asia',
  'eastern-asia',
  'southern-asia',
  'south-eastern-asia',
  'western-asia',
  'europe',
  'eastern-europe',
  'northern-europe',
  'southern-europe',
  'western-europe',
  'oceania',
  'antarctica',
  'australia-new-zealand',
  'melanesia',
  'micronesia',
  'polynesia',
] as const;

const BY_WORDS = new Map<string, string>(REGION_OV.map((r) => [foldedName(r.replace(/-/g, ' ')), r]));

/** A `region-ov` value from a place's `region` property or its name ("Western Europe"), else null. */
export function regionOf(label: string, properties: Record<string, unknown>): string | null {
  for (const v of [properties.region, label]) {
    if (typeof v !== 'string') continue;
    const r = BY_WORDS.get(foldedName(v.replace(/[-_]/g, ' ')));
    if (r) return r;
  }
  return null;
}
