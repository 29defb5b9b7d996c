import { describe, expect, it } from 'vitest';
import { typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a body the document names, followed by a country', () => {
  it("is the body's unit there, not a place", () => {
    expect(
      typedEntities(
        'The Dutch government took control of Nexperia, a chipmaker. China responded by barring Nexperia China from exporting.',
      ),
    ).toMatchObject({ Nexperia: 'organization', 'Nexperia China': 'organization' });
  });

  it('but a place stays a place where no such body is named', () => {
    expect(typedEntities('Troops moved from Inner Mongolia China to the border.')).not.toHaveProperty(
      'Inner Mongolia China',
      'organization',
    );
  });
});
