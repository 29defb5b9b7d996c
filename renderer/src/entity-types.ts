/**
 * One colour and one icon per entity type, used everywhere (reader highlights, table chips,
 * inspector, chart nodes, timeline lanes). Colours are the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; the icon carries the meaning.
 */
import { capitalise } from './common/format.js';

const iconUrls = import.meta.glob('../../assets/icons/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

export interface EntityTypeStyle {
  type: string;
  label: string;
  color: string;
  iconUrl: string;
}

const TABLE: readonly [type: string, label: string, color: string][] = [
  ['person', 'Person', '#0072B2'],
  ['organization', 'Organisation', '#D55E00'],
  ['location', 'Location', '#009E73'],
  ['event', 'Event', '#CC79A7'],
  ['document', 'Document', '#6B7280'],
  ['email', 'E-mail', '#56B4E9'],
  ['phone', 'Phone', '#E69F00'],
  ['url', 'URL', '#8C7A00'],
  ['ip', 'IP address', '#7A5195'],
  ['coordinates', 'Coordinates', '#2A9D8F'],
  ['money', 'Money', '#9C6B30'],
  ['quantity', 'Quantity', '#6B7280'],
  ['vehicle', 'Vehicle', '#4B5563'],
];

function iconFor(type: string): string {
  return iconUrls[`../../assets/icons/${type}.svg`] ?? iconUrls['../../assets/icons/unknown.svg'] ?? '';
}

const BY_TYPE = new Map(TABLE.map(([type, label, color]) => [type, { type, label, color, iconUrl: iconFor(type) }]));

export const ENTITY_TYPES: readonly EntityTypeStyle[] = [...BY_TYPE.values()];

export function entityStyle(type: string): EntityTypeStyle {
  return (
    BY_TYPE.get(type) ?? {
      type,
      label: capitalise(type),
      color: '#6B7280',
      iconUrl: iconFor('unknown'),
    }
  );
}
