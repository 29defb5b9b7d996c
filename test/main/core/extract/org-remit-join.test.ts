import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const named = (text: string) => namedEntities(text);

describe('a body named for its remit, the remit joined by "and"', () => {
  it('keeps the second half of the remit in the name', () => {
    expect(named('The U.S. Centers for Disease Control and Prevention said on Monday that cases fell.')).toContain(
      'organization:U.S. Centers for Disease Control and Prevention',
    );
  });

  it('leaves a second organisation, a head word or a place after "and" apart', () => {
    const out = named(
      'The Council of Europe and Amnesty International criticised the law; the World Bank and IMF agreed.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'organization:Council of Europe',
        'organization:Amnesty International',
        'organization:World Bank',
        'organization:IMF',
      ]),
    );
  });

  it('keeps two everyday words joined by "and" before the body’s head, after a place', () => {
    expect(named('Firefighters from North Yorkshire Fire and Rescue Service used boats to reach residents.')).toEqual([
      'organization:North Yorkshire Fire and Rescue Service',
    ]);
  });
});
