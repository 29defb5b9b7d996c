import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES_FILE, countryCodesSource } from '../../scripts/build-country-codes.js';
import { CAPITAL_COUNTRY, COUNTRY_CODES } from '../../main/core/interchange/country-codes.js';

describe('the country code table', () => {
  it('is exactly what scripts/build-country-codes.ts writes from world-countries', () => {
    expect(readFileSync(COUNTRY_CODES_FILE, 'utf8')).toBe(countryCodesSource());
  });

  it('holds names, spellings and capitals, and leaves out two-letter keys', () => {
    expect(COUNTRY_CODES['tajikistan']).toBe('TJ');
    expect(COUNTRY_CODES['cote d ivoire']).toBe('CI');
    expect(COUNTRY_CODES['usa']).toBe('US');
    expect(COUNTRY_CODES['us']).toBeUndefined();
    expect(CAPITAL_COUNTRY['dushanbe']).toBe('TJ');
    expect(CAPITAL_COUNTRY['monaco']).toBeUndefined();
  });
});
