import { describe, expect, it } from 'vitest';
import { checkPartialDate, checkProperties, propertySchemaFor } from '../../../lib/properties/index.js';

describe('typed property validation', () => {
  it('accepts dates at year, month and day precision and refuses impossible ones', () => {
    expect(checkPartialDate('1952')).toEqual({ ok: true, value: '1952' });
    expect(checkPartialDate('1952-10')).toEqual({ ok: true, value: '1952-10' });
    expect(checkPartialDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkPartialDate('2023-02-29')).toMatchObject({ ok: false, message: '2023-02 has no day 29' });
    expect(checkPartialDate('1952-13')).toMatchObject({ ok: false, message: 'there is no month 13' });
    expect(checkPartialDate('5 Oct 1952')).toMatchObject({ ok: false });
  });

  it('checks countries as ISO codes, coordinates in range, choices; clears on empty; names the field', () => {
    const ok = checkProperties('location', { country: 'tj', latitude: '38.56', longitude: '68,78', region: '' });
    expect(ok).toEqual({ ok: true, values: { country: 'TJ', latitude: '38.56', longitude: '68.78', region: null } });
    const bad = checkProperties('location', { country: 'Tajikistan', latitude: '91', longitude: 'east' });
    expect(bad).toEqual({
      ok: false,
      errors: {
        country: '"Tajikistan" is not an ISO 3166 country code (two letters, e.g. TJ)',
        latitude: 'a latitude lies between −90 and 90',
        longitude: '"east" is not a number of degrees',
      },
    });
    expect(checkProperties('person', { gender: 'unknown' })).toMatchObject({
      ok: false,
      errors: { gender: 'Gender is one of male, female, other' },
    });
    expect(checkProperties('person', { shoeSize: '44' })).toMatchObject({
      ok: false,
      errors: { shoeSize: 'a person has no property "shoeSize"' },
    });
  });

  it('uses FollowTheMoney property names where FtM has them', () => {
    const names = (t: string) => propertySchemaFor(t).map((s) => s.name);
    expect(names('person')).toEqual(
      expect.arrayContaining([
        'birthDate',
        'birthPlace',
        'nationality',
        'gender',
        'position',
        'passportNumber',
        'idNumber',
      ]),
    );
    expect(names('organization')).toEqual(
      expect.arrayContaining(['country', 'registrationNumber', 'incorporationDate', 'sector']),
    );
    expect(names('location')).toEqual(['country', 'region', 'latitude', 'longitude']);
    expect(propertySchemaFor('money')).toEqual([]);
  });
});
