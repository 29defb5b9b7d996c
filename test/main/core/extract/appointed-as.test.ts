import { describe, expect, it } from 'vitest';
import { typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a name given a post', () => {
  it('is a person, whatever a town of that name or the tagger made of it', () => {
    expect(
      typedEntities(
        'Takaichi named Satsuki Katayama as finance minister, the first woman in the post, and Toshimitsu Motegi as foreign minister.',
      ),
    ).toMatchObject({ 'Satsuki Katayama': 'person', 'Toshimitsu Motegi': 'person' });
  });

  it('but not a post no person holds, nor a name nobody appointed', () => {
    expect(typedEntities('Motegi Circuit hosted the race as venue for the final.')).not.toHaveProperty(
      'Motegi Circuit',
      'person',
    );
  });
});
