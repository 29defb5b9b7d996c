import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { placeParent } from '../../../../main/core/extract/place-parents.js';

// Sentences written for these tests; the hierarchy comes from assets/gazetteer/place-parents.json.gz.
const links = (text: string) =>
  (extract(text, { extractor: 'rules', date: '2025-12-13' }).links ?? []).map((l) => ({
    pair: `${l.sourceKey} ${l.type} ${l.targetKey}`,
    cited: text.slice(l.start, l.end),
    confidence: l.confidence,
    rule: l.rule,
  }));

describe('links from the place hierarchy', () => {
  it('knows regions and cities by country, and leaves names shared across countries out', () => {
    expect(placeParent('GBAO')).toEqual({ kind: 'region', country: 'TJ' });
    expect(placeParent('Khatlon')).toEqual({ kind: 'region', country: 'TJ' });
    expect(placeParent('Khujand')).toEqual({ kind: 'city', country: 'TJ' });
    expect(placeParent('Springfield')?.country).toBe('US');
    expect(placeParent('Tajikistan')).toBeNull();
  });

  it('suggests a region part of a country when a document names both, cited to the sentence naming both', () => {
    const text =
      'Fighting was reported near the border. Police in Khatlon detained four men, officials in Tajikistan said on Monday.';
    const hit = links(text).find((l) => l.rule === 'gazetteer-hierarchy');
    expect(hit).toMatchObject({
      pair: 'khatlon part_of tajikistan',
      cited: 'Police in Khatlon detained four men, officials in Tajikistan said on Monday',
      confidence: 0.6,
    });
  });

  it('suggests a city located in a country named elsewhere in the document, with a lower confidence', () => {
    const text = 'Tajikistan closed two crossings. Later, traders in Khujand said prices had doubled.';
    expect(links(text).find((l) => l.rule === 'gazetteer-hierarchy')).toMatchObject({
      pair: 'khujand located_in tajikistan',
      cited: 'Later, traders in Khujand said prices had doubled',
      confidence: 0.5,
    });
  });

  it('links to the form of the country the document uses most', () => {
    const text =
      'The Republic of Tajikistan protested. Police in Khatlon detained four men. Tajikistan closed the crossing.';
    expect(links(text).find((l) => l.rule === 'gazetteer-hierarchy')?.pair).toBe('khatlon part_of tajikistan');
  });

  it('adds nothing when the country is not named, nor for a dateline, nor twice for one region', () => {
    expect(links('Police in Khatlon detained four men.').some((l) => l.rule === 'gazetteer-hierarchy')).toBe(false);
    expect(
      links('Khujand-Tajikistan, March 3, 2025\n\nThe ministry of Kyrgyzstan said the talks went well.').some(
        (l) => l.rule === 'gazetteer-hierarchy',
      ),
    ).toBe(false);
    // The text states "Khatlon Region of Tajikistan"; "Khatlon" alone later is the same region.
    const both = links('Police in the Khatlon Region of Tajikistan detained four men. Khatlon has been quiet since.');
    expect(both.map((l) => l.pair)).toEqual(['khatlon region part_of tajikistan']);
  });
});
