import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a body named for what it sets out to do', () => {
  it('is one organisation across its "to"', () => {
    expect(namedEntities('The Committee to Protect Journalists said two reporters were held in Baku.')).toEqual([
      'organization:Committee to Protect Journalists',
      'location:Baku',
    ]);
    expect(namedEntities('A report by the Campaign to End Loneliness was published on Monday.')).toEqual([
      'organization:Campaign to End Loneliness',
    ]);
  });

  it('keeps a title-case "Against" before what it works against', () => {
    expect(namedEntities('Officers of the National Commission Against Torture visited the jail.')).toEqual([
      'organization:National Commission Against Torture',
    ]);
  });

  it('keeps its "the" and "of" after the verb', () => {
    expect(
      namedEntities('A spokesman for the Coalition to Stop the Use of Child Soldiers said the list was late.'),
    ).toEqual(['organization:Coalition to Stop the Use of Child Soldiers']);
  });

  it('is not made of a body and a lower-case purpose, nor of a headline', () => {
    expect(namedEntities('The Senate Committee voted to protect the park, Ana Ruiz said.')).toEqual([
      'organization:Senate Committee',
      'person:Ana Ruiz',
    ]);
    expect(namedEntities('Council To Protect Parks After Vote\n\nThe vote was held in Leeds.')).not.toContain(
      'organization:Council To Protect Parks',
    );
  });
});
