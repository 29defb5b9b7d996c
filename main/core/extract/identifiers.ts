import { isIPv4, isIPv6 } from 'node:net';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { ExtractedEntity, IdentifierType } from './types.js';
import { peopleQuantities } from './quantities.js';
import { moneyAmounts } from './money.js';

type Found = { type: IdentifierType; start: number; end: number; value: string };

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]+/gi;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g;
/** "38.5358, 68.7791" or "38.5358° N, 68.7791° E" or "38°32′N 68°46′E". */
const COORD_DECIMAL =
  /(?<![\d.])(-?\d{1,2}\.\d{3,})\s*°?\s*([NS])?\s*[,;/ ]\s*(-?\d{1,3}\.\d{3,})\s*°?\s*([EW])?(?![\d.])/g;
const COORD_DMS =
  /(\d{1,2})°\s*(\d{1,2})?['′]?\s*(?:(\d{1,2}(?:\.\d+)?)["″])?\s*([NS])[,\s]+(\d{1,3})°\s*(\d{1,2})?['′]?\s*(?:(\d{1,2}(?:\.\d+)?)["″])?\s*([EW])/g;

/**
 * Identifiers found by pattern: e-mail addresses, URLs, IPv4/IPv6 addresses, international phone
 * numbers (libphonenumber-js), coordinates, sums of money and counts of people. Each is a
 * mention whose key is its normalised value.
 */
export function extractIdentifiers(text: string): ExtractedEntity[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EMAIL))
    found.push({ type: 'email', start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (raw.length > 8)
      found.push({
        type: 'url',
        start: m.index,
        end: m.index + raw.length,
        value: raw.startsWith('www.') ? `http://${raw}` : raw,
      });
  }
  for (const m of text.matchAll(IPV4))
    if (isIPv4(m[0])) found.push({ type: 'ip', start: m.index, end: m.index + m[0].length, value: m[0] });
  for (const m of text.matchAll(IPV6)) {
    if (
      isIPv6(m[0]) &&
      /[0-9a-f]/i.test(m[0]) &&
      (m[0].match(/:/g)?.length ?? 0) >= 2 &&
      !/^\d{1,2}:\d{2}(:\d{2})?$/.test(m[0])
    ) {
      found.push({ type: 'ip', start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
    }
  }
  for (const p of safePhones(text)) found.push(p);
  for (const m of text.matchAll(COORD_DECIMAL)) {
    let lat = Number(m[1]);
    let lon = Number(m[3]);
    if (m[2] === 'S') lat = -Math.abs(lat);
    if (m[4] === 'W') lon = -Math.abs(lon);
    const raw = m[0].trimEnd();
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
      found.push({ type: 'coordinates', start: m.index, end: m.index + raw.length, value: `${lat},${lon}` });
  }
  for (const m of text.matchAll(COORD_DMS)) {
    const dms = (d?: string, mi?: string, s?: string): number =>
      Number(d ?? 0) + Number(mi ?? 0) / 60 + Number(s ?? 0) / 3600;
    const lat = dms(m[1], m[2], m[3]) * (m[4] === 'S' ? -1 : 1);
    const lon = dms(m[5], m[6], m[7]) * (m[8] === 'W' ? -1 : 1);
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
      found.push({
        type: 'coordinates',
        start: m.index,
        end: m.index + m[0].length,
        value: `${lat.toFixed(5)},${lon.toFixed(5)}`,
      });
  }
  found.push(...moneyAmounts(text), ...peopleQuantities(text));
  return dedupe(found).map((f) => ({
    type: f.type,
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    key: `${f.type}:${f.value}`,
    canonical: f.value,
    value: f.value,
  }));
}

function safePhones(text: string): Found[] {
  if (!text.includes('+')) return [];
  try {
    return findPhoneNumbersInText(text).map((p) => ({
      type: 'phone' as const,
      start: p.startsAt,
      end: p.endsAt,
      value: p.number.number,
    }));
  } catch {
    return [];
  }
}

/** An e-mail's domain is not also a URL, an IP inside a URL is not listed twice: first and longest wins. */
function dedupe(found: Found[]): Found[] {
  const order: IdentifierType[] = ['email', 'url', 'coordinates', 'phone', 'ip', 'money', 'quantity'];
  const ranked = [...found].sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.end - b.start - (a.end - a.start),
  );
  const kept: Found[] = [];
  for (const f of ranked) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
