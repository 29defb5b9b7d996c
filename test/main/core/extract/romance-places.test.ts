import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a place named with a Romance "of"', () => {
  it('is one place, not the town and the region its name points to', () => {
    expect(namedEntities('Convoys were ambushed near Nioro du Sahel last week.')).toEqual(['location:Nioro du Sahel']);
  });

  it('but a country does not open such a name, nor does a bank or a person', () => {
    const found = namedEntities(
      'Talks were held in Mali de Bamba, and Banque de France said Charles de Gaulle airport shut.',
    );
    expect(found).toContain('location:Mali');
    expect(found.some((e) => e.includes('Mali de'))).toBe(false);
  });
});
