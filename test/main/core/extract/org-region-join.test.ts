import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const named = (text: string) => namedEntities(text);

describe('a body named for the region it serves', () => {
  it('is one organisation, region included', () => {
    expect(named('Monitors of the Organization for Security and Co-operation in Europe arrived on Monday.')).toContain(
      'organization:Organization for Security and Co-operation in Europe',
    );
  });

  it('leaves an organisation that is merely somewhere, and a country, apart', () => {
    expect(named('The Aga Khan Foundation in Europe and the Commission for Refugees in Tajikistan met.')).toEqual(
      expect.arrayContaining(['location:Tajikistan']),
    );
  });

  it('keeps "in <country>" inside a name when the acronym defined after it spells the small word too', () => {
    const out = named('Fighters attacked a base of the African Union Transition Mission in Somalia (ATMIS) on Sunday.');
    expect(out).toContain('organization:African Union Transition Mission in Somalia');
    expect(out).not.toContain('location:Somalia');
  });
});
