import { describe, expect, it } from 'vitest';
import { likelyDuplicateKey, caseNameKey } from '../../../../main/core/names/case-name-key.js';

describe('caseNameKey', () => {
  it('folds case, compatibility forms, curly quotes, a leading "the" and a possessive', () => {
    expect(caseNameKey('The Collective Security Treaty Organization')).toBe('collective security treaty organization');
    expect(caseNameKey('Rahmon’s')).toBe('rahmon');
    expect(caseNameKey("Rahmon's")).toBe('rahmon');
    expect(caseNameKey('ＣＳＴＯ')).toBe('csto');
    expect(caseNameKey('  Gorno-Badakhshan\u00A0Autonomous   Region ')).toBe('gorno-badakhshan autonomous region');
    expect(caseNameKey('“Islamic State”')).toBe('islamic state');
    expect(caseNameKey('O’Brien')).toBe("o'brien");
    expect(caseNameKey('Theodore Roosevelt')).toBe('theodore roosevelt');
    expect(caseNameKey('...')).toBe('');
  });

  it('keeps names apart that only look alike loosely; likelyDuplicateKey brings U.S. and US together', () => {
    expect(caseNameKey('U.S.')).not.toBe(caseNameKey('US'));
    expect(likelyDuplicateKey('U.S.')).toBe(likelyDuplicateKey('US'));
    expect(likelyDuplicateKey('al-Qaeda')).toBe(likelyDuplicateKey('al Qaeda'));
  });
});
