import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('the social network X', () => {
  it('is an organisation in every mention, where the text says what X is', () => {
    const out = namedEntities(
      'The court ordered social network X to pay. X’s lawyers appealed, and supporters used X to organise protests.',
    );
    expect(out.filter((e) => e === 'organization:X')).toHaveLength(3);
  });

  it('listed with other social networks', () => {
    const out = namedEntities('The protests, organised by young people on TikTok and X, spread to Mombasa.');
    expect(out).toEqual(['organization:TikTok', 'organization:X', 'location:Mombasa']);
    expect(namedEntities('The ministry blocked Facebook, YouTube, X and more than 20 other platforms.')).toContain(
      'organization:X',
    );
  });

  it('at the end of a sentence, after "on", but not as an initial', () => {
    expect(namedEntities('Prime Minister Narendra Modi congratulated the scientists on X.')).toEqual([
      'person:Narendra Modi',
      'organization:X',
    ]);
    expect(namedEntities('He posted on X, and X. Li replied.')).toEqual(['organization:X', 'person:X. Li']);
  });

  it('ends a sentence after "on", though the tagger read it as the next name\'s initial', () => {
    expect(namedEntities('Musk called for his release on X. Durov, 39, moved to Dubai in 2014.')).toEqual(
      expect.arrayContaining(['organization:X', 'person:Durov', 'location:Dubai']),
    );
  });

  it('but the letter is nothing without such a cue, nor in "X-ray" or "Malcolm X"', () => {
    expect(namedEntities('Box X held the files. Doctors took an X-ray.')).toEqual([]);
    const out = namedEntities('A post on X quoted Malcolm X on race. Doctors took an X-ray.');
    expect(out).toEqual(['organization:X', 'person:Malcolm X']);
  });
});
