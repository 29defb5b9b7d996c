import { COUNTRIES } from './countries.js';
import { type PropertySpec, propertySchemaFor } from './schema.js';

export type Checked = { ok: true; value: string } | { ok: false; message: string };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date with its precision: YYYY, YYYY-MM or YYYY-MM-DD, and a real day of a real month. */
export function checkPartialDate(raw: string): Checked {
  const m = DATE.exec(raw);
  if (!m) return { ok: false, message: `"${raw}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(m[1]);
  if (year < 1) return { ok: false, message: 'the year must be 0001 or later' };
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, message: `there is no month ${m[2]}` };
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return { ok: false, message: `${m[1]}-${m[2]} has no day ${m[3]}` };
    }
  }
  return { ok: true, value: raw };
}

function checkCoordinate(raw: string, limit: number, what: string): Checked {
  const n = Number(raw.replace(',', '.'));
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(raw) || !Number.isFinite(n))
    return { ok: false, message: `"${raw}" is not a number of degrees` };
  if (Math.abs(n) > limit) return { ok: false, message: `a ${what} lies between −${limit} and ${limit}` };
  return { ok: true, value: String(n) };
}

/** Checks one typed-in value against its spec; the value comes back in its stored form. */
export function checkPropertyValue(spec: PropertySpec, input: string): Checked {
  const raw = input.trim();
  if (!raw) return { ok: false, message: `${spec.label} is empty` };
  switch (spec.kind) {
    case 'date':
      return checkPartialDate(raw);
    case 'country': {
      const code = raw.toUpperCase();
      return Object.hasOwn(COUNTRIES, code)
        ? { ok: true, value: code }
        : { ok: false, message: `"${raw}" is not an ISO 3166 country code (two letters, e.g. TJ)` };
    }
    case 'latitude':
      return checkCoordinate(raw, 90, 'latitude');
    case 'longitude':
      return checkCoordinate(raw, 180, 'longitude');
    case 'choice':
      return spec.options?.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `${spec.label} is one of ${spec.options?.join(', ')}` };
    case 'text':
      return raw.length > 500
        ? { ok: false, message: `${spec.label} is longer than 500 characters` }
        : { ok: true, value: raw };
  }
}

/**
 * Checks a set of typed properties for an entity type. `values` maps property names to what was
 * typed; an empty string means "clear this property". Returns the values to store (null = remove)
 * or the message for each field that is wrong — never both.
 */
export function checkProperties(
  type: string,
  values: Readonly<Record<string, string>>,
): { ok: true; values: Record<string, string | null> } | { ok: false; errors: Record<string, string> } {
  const specs = new Map(propertySchemaFor(type).map((s) => [s.name, s]));
  const out: Record<string, string | null> = {};
  const errors: Record<string, string> = {};
  for (const [name, input] of Object.entries(values)) {
    const spec = specs.get(name);
    if (!spec) {
      errors[name] = `a ${type} has no property "${name}"`;
      continue;
    }
    if (!input.trim()) {
      out[name] = null;
      continue;
    }
    const checked = checkPropertyValue(spec, input);
    if (checked.ok) out[name] = checked.value;
    else errors[name] = checked.message;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: out };
}
