import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { isRecordId } from '../ids.js';
import { foldedName } from '../names/folded-name.js';
import { CAPITAL_COUNTRY, COUNTRY_CODES } from './country-codes.js';

/** Dossier's namespace for name-based (v5) UUIDs: STIX ids of exported records. */
const DOSSIER_NAMESPACE = '4d8f4a52-9c1e-5b7a-8e0f-6a2b3c4d5e6f';

/** A stable STIX id for a Dossier record: the same record always exports under the same id. */
export function stixIdFor(type: string, seed: string): string {
  return `${type}--${uuidv5(seed, DOSSIER_NAMESPACE)}`;
}

/**
 * A record id for something imported from outside, derived from its foreign id: a well-formed
 * UUIDv7 whose time is `atIso` and whose other bits come from a hash of `seed`. Importing the
 * same file again, into any case, yields the same ids, so imports merge instead of duplicating.
 */
export function derivedRecordId(seed: string, atIso: string | null | undefined): string {
  const t = Date.parse(atIso ?? '');
  const ms = Number.isFinite(t) && t >= 0 ? t : 0;
  const h = createHash('sha256').update(seed).digest();
  const hex = ms.toString(16).padStart(12, '0').slice(-12) + h.toString('hex', 0, 10);
  const b = hex.split('');
  b[12] = '7';
  b[16] = ((parseInt(b[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = b.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** `candidate` when it is a Dossier record id (a round trip of our own export), else a derived id. */
export function recordIdFrom(candidate: unknown, seed: string, atIso: string | null | undefined): string {
  return isRecordId(candidate) ? candidate : derivedRecordId(seed, atIso);
}

/** ISO 3166-1 alpha-2 code for a location: from its properties, else its name (country or capital). */
export function countryCodeOf(label: string, properties: Record<string, unknown>): string | null {
  for (const key of ['countryCode', 'country_code', 'country', 'cca2']) {
    const v = properties[key];
    if (typeof v === 'string' && /^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
    if (typeof v === 'string' && COUNTRY_CODES[foldedName(v)]) return COUNTRY_CODES[foldedName(v)]!;
  }
  const n = foldedName(label);
  return COUNTRY_CODES[n] ?? CAPITAL_COUNTRY[n] ?? null;
}

/** A timestamp as STIX and the case store write it (UTC, milliseconds), or null. */
export function isoTimestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
