import { describe, expect, it } from 'vitest';
import { looseKey, normalizeKey } from '../../../../main/core/ingest/normalize-key.js';

describe('normalizeKey', () => {
  it('folds case, compatibility forms, curly quotes, a leading "the" and a possessive', () => {
    expect(normalizeKey('The Collective Security Treaty Organization')).toBe('collective security treaty organization');
    expect(normalizeKey('Rahmon’s')).toBe('rahmon');
    expect(normalizeKey("Rahmon's")).toBe('rahmon');
    expect(normalizeKey('ＣＳＴＯ')).toBe('csto');
    expect(normalizeKey('  Gorno-Badakhshan\u00A0Autonomous   Region ')).toBe('gorno-badakhshan autonomous region');
    expect(normalizeKey('“Islamic State”')).toBe('islamic state');
    expect(normalizeKey("O’Brien")).toBe("o'brien");
    expect(normalizeKey('Theodore Roosevelt')).toBe('theodore roosevelt');
    expect(normalizeKey('...')).toBe('');
  });

  it('keeps names apart that only look alike loosely; looseKey brings U.S. and US together', () => {
    expect(normalizeKey('U.S.')).not.toBe(normalizeKey('US'));
    expect(looseKey('U.S.')).toBe(looseKey('US'));
    expect(looseKey('al-Qaeda')).toBe(looseKey('al Qaeda'));
  });
});
