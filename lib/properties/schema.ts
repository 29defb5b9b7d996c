/**
 * Typed entity properties: one table by entity type. Names are FollowTheMoney's where FtM has
 * the property (Person.birthDate, Organization.incorporationDate, Address.latitude …), so an FtM
 * export or import keeps them as they are. Values are stored in the entity's `properties` JSON
 * under these names, as strings (dates as YYYY, YYYY-MM or YYYY-MM-DD; countries as upper-case
 * ISO 3166-1 alpha-2; coordinates as decimal degrees).
 */

/** How a value is typed in, checked and shown. */
export type PropertyKind = 'text' | 'date' | 'country' | 'latitude' | 'longitude' | 'choice';

export interface PropertySpec {
  /** The key in `properties` (FtM's property name where one exists). */
  readonly name: string;
  /** What the form calls it. */
  readonly label: string;
  readonly kind: PropertyKind;
  /** For `choice`: the allowed values. */
  readonly options?: readonly string[];
  /** Shown under the field. */
  readonly hint?: string;
}

const text = (name: string, label: string, hint?: string): PropertySpec => ({
  name,
  label,
  kind: 'text',
  ...(hint ? { hint } : {}),
});
const date = (name: string, label: string): PropertySpec => ({
  name,
  label,
  kind: 'date',
  hint: 'YYYY, YYYY-MM or YYYY-MM-DD',
});
const country = (name: string, label: string): PropertySpec => ({
  name,
  label,
  kind: 'country',
  hint: 'ISO code, e.g. TJ',
});

const PERSON: readonly PropertySpec[] = [
  date('birthDate', 'Date of birth'),
  text('birthPlace', 'Place of birth'),
  country('nationality', 'Nationality'),
  { name: 'gender', label: 'Gender', kind: 'choice', options: ['male', 'female', 'other'] },
  text('position', 'Position', 'role or title, e.g. "Minister of Defence"'),
  text('passportNumber', 'Passport number'),
  text('idNumber', 'National ID number'),
];

const ORGANIZATION: readonly PropertySpec[] = [
  country('country', 'Country'),
  text('registrationNumber', 'Registration number'),
  text('taxNumber', 'Tax number'),
  date('incorporationDate', 'Founded'),
  text('sector', 'Sector'),
];

const LOCATION: readonly PropertySpec[] = [
  country('country', 'Country'),
  text('region', 'Region', 'first-level administrative region'),
  { name: 'latitude', label: 'Latitude', kind: 'latitude', hint: 'decimal degrees, −90 to 90' },
  { name: 'longitude', label: 'Longitude', kind: 'longitude', hint: 'decimal degrees, −180 to 180' },
];

// Identifiers, by kind: where the number or address belongs and who issued it.
const PHONE: readonly PropertySpec[] = [country('country', 'Country'), text('provider', 'Carrier')];
const EMAIL: readonly PropertySpec[] = [text('provider', 'Provider')];
const IP: readonly PropertySpec[] = [country('country', 'Country'), text('provider', 'Network operator')];
const URL_SPECS: readonly PropertySpec[] = [country('country', 'Country'), text('publisher', 'Publisher')];
const VEHICLE: readonly PropertySpec[] = [
  text('registrationNumber', 'Registration number'),
  country('country', 'Country'),
  text('model', 'Model'),
];

const TABLE: Readonly<Record<string, readonly PropertySpec[]>> = {
  person: PERSON,
  organization: ORGANIZATION,
  location: LOCATION,
  phone: PHONE,
  email: EMAIL,
  ip: IP,
  url: URL_SPECS,
  vehicle: VEHICLE,
};

/** The typed properties an entity of this type may carry, in form order (empty for other types). */
export function propertySchemaFor(type: string): readonly PropertySpec[] {
  return TABLE[type] ?? [];
}

/** Every entity type that has typed properties. */
export const TYPED_ENTITY_TYPES: readonly string[] = Object.keys(TABLE);
