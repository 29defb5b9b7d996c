import { describe, expect, it } from 'vitest';
import { lookupKey, mentionKey } from '../../../../main/core/extract/normalize.js';
import { caseNameKey, likelyDuplicateKey } from '../../../../main/core/names/case-name-key.js';
import { foldedName } from '../../../../main/core/names/folded-name.js';

// Each key has its own purpose; these rows are where they part ways, so that a change to one of
// them that makes it drift into another's job fails here first.
const rows: [
  input: string,
  caseName: string,
  likelyDuplicate: string,
  folded: string,
  mention: string,
  lookup: string,
][] = [
  ['U.S.', 'u.s', 'us', 'u s', 'u.s.', 'us'],
  ['A.B.C.', 'a.b.c', 'abc', 'a b c', 'a.b.c.', 'abc'],
  ['(Acme)', '(acme)', '(acme)', 'acme', 'acme', 'acme'],
  ['foo–bar', 'foo–bar', 'foo bar', 'foo bar', 'foo-bar', 'foo-bar'],
  ['al-Qaeda', 'al-qaeda', 'al qaeda', 'al qaeda', 'al-qaeda', 'al-qaeda'],
  ['The Hague', 'hague', 'hague', 'the hague', 'hague', 'hague'],
  ['Zoë Martín', 'zoë martín', 'zoë martín', 'zoe martin', 'zoë martín', 'zoe martin'],
  ["Rahmon's", 'rahmon', 'rahmon', 'rahmon s', 'rahmon', 'rahmon'],
  ['O’Brien', "o'brien", "o'brien", 'o brien', "o'brien", "o'brien"],
  ['St. Petersburg', 'st. petersburg', 'st petersburg', 'st petersburg', 'st. petersburg', 'st petersburg'],
  ['ＣＳＴＯ', 'csto', 'csto', 'csto', 'csto', 'csto'],
];

describe('name keys', () => {
  it.each(rows)('%s', (input, caseName, likelyDuplicate, folded, mention, lookup) => {
    expect({
      caseName: caseNameKey(input),
      likelyDuplicate: likelyDuplicateKey(input),
      folded: foldedName(input),
      mention: mentionKey(input),
      lookup: lookupKey(input),
    }).toEqual({ caseName, likelyDuplicate, folded, mention, lookup });
  });

  it('the case key keeps "U.S." and "US" apart; the duplicate and folded keys bring them together', () => {
    expect(caseNameKey('U.S.')).not.toBe(caseNameKey('US'));
    expect(likelyDuplicateKey('U.S.')).toBe(likelyDuplicateKey('US'));
    expect(lookupKey('U.S.')).toBe(lookupKey('US'));
  });

  it('only the folded name ignores accents and a leading "the" alike', () => {
    expect(foldedName('Côte d’Ivoire')).toBe(foldedName("cote d'ivoire"));
    expect(caseNameKey('Côte d’Ivoire')).not.toBe(caseNameKey("cote d'ivoire"));
    expect(foldedName('The Hague')).not.toBe(foldedName('Hague'));
  });
});
