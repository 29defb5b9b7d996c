import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDir } from '../../../../main/core/assets-dir.js';
import {
  countryCode,
  gazetteerClass,
  gazetteerWordFlags,
  isDemonym,
  WORD_IN_LOCATION,
  WORD_IN_ORGANIZATION,
  WORD_IS_DEMONYM,
  WORD_IS_FIRST_NAME,
} from '../../../../main/core/extract/gazetteer.js';

describe('assetsDir', () => {
  it('finds the folder holding the compiled gazetteer', () => {
    expect(existsSync(join(assetsDir(), 'gazetteer', 'gazetteer.json.gz'))).toBe(true);
  });
});

describe('gazetteerClass', () => {
  it('knows countries, capitals, regions and macro-regions, ignoring case, "the" and possessives', () => {
    expect(gazetteerClass('Tajikistan')).toBe('location');
    expect(gazetteerClass('the United States')).toBe('location');
    expect(gazetteerClass("Afghanistan's")).toBe('location');
    expect(gazetteerClass('Dushanbe')).toBe('location');
    expect(gazetteerClass('Central Asia')).toBe('location');
    expect(gazetteerClass('Khatlon')).toBe('location');
  });
  it('knows international organisations and their acronyms, acronyms only in capitals', () => {
    expect(gazetteerClass('North Atlantic Treaty Organization')).toBe('organization');
    expect(gazetteerClass('NATO')).toBe('organization');
    expect(gazetteerClass('WHO')).toBe('organization');
    expect(gazetteerClass('Who')).toBeNull();
    expect(gazetteerClass('US')).toBe('location');
    expect(gazetteerClass('U.S.')).toBe('location');
    expect(gazetteerClass('us')).toBeNull();
  });
  it('leaves out towns whose names are everyday words', () => {
    expect(gazetteerClass('Reading')).toBeNull();
    expect(gazetteerClass('March')).toBeNull();
    expect(gazetteerClass('police')).toBeNull();
  });
});

describe('gazetteerWordFlags', () => {
  it('flags words by the lists they occur in', () => {
    expect(gazetteerWordFlags('Tajikistan') & WORD_IN_LOCATION).toBeTruthy();
    expect(gazetteerWordFlags('Treaty') & WORD_IN_ORGANIZATION).toBeTruthy();
    expect(gazetteerWordFlags('Chinese') & WORD_IS_DEMONYM).toBeTruthy();
    expect(gazetteerWordFlags('Michael') & WORD_IS_FIRST_NAME).toBeTruthy();
    expect(gazetteerWordFlags('zzyzxq')).toBe(0);
  });
  it('recognises demonyms', () => {
    expect(isDemonym('Tajik')).toBe(true);
    expect(isDemonym('Tajikistan')).toBe(false);
  });
});

describe('gazetteer clashes', () => {
  it('keeps countries compromise calls demonyms as places, and mixed-case short forms in their own case', () => {
    expect(gazetteerClass('Philippines')).toBe('location');
    expect(gazetteerClass('Djibouti')).toBe('location');
    expect(isDemonym('Filipino')).toBe(true);
    expect(gazetteerClass('LeT')).toBe('organization');
    expect(gazetteerClass('Let')).toBeNull();
  });
});

describe('countryCode', () => {
  it('gives every form of a country the same code, for proposing duplicates', () => {
    for (const n of ['US', 'U.S.', 'USA', 'United States', 'the United States of America'])
      expect(countryCode(n)).toBe('US');
    expect(countryCode('Britain')).toBe('GB');
    expect(countryCode('Tajikistan')).toBe('TJ');
    expect(countryCode('Republic of Tajikistan')).toBe('TJ');
    expect(countryCode('Dushanbe')).toBeNull();
  });
});
