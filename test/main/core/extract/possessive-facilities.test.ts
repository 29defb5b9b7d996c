import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a hospital or college named with a possessive', () => {
  it('is one body, the owner inside it', () => {
    expect(namedEntities("Patients at Aldric's College Hospital and Wenna's Hospital were sent home.")).toEqual([
      "organization:Aldric's College Hospital",
      "organization:Wenna's Hospital",
    ]);
  });

  it('takes the city after it, but a known place owns the body it names', () => {
    expect(namedEntities("Researchers at Queen's University Belfast said so.")).toEqual([
      "organization:Queen's University Belfast",
    ]);
    expect(namedEntities("Nurses at London's Royal Free Hospital walked out.")).toContain('location:London');
  });
});
