import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests; none comes from the corpus.
function linksOf(text: string): string[] {
  const r = extract(text, { extractor: 'rules', date: '2025-12-13' });
  return (r.links ?? []).map((l) => `${l.sourceKey} ${l.type} ${l.targetKey}`);
}

describe('suggested links', () => {
  it('reads membership from an apposition and from "as a member of"', () => {
    expect(
      linksOf('Kyrgyzstan, a founding member of the Shanghai Cooperation Organisation, hosted the talks.'),
    ).toContain('kyrgyzstan member_of shanghai cooperation organisation');
    expect(linksOf('As a member of the European Union, Poland asked Brussels for help.')).toContain(
      'poland member_of european union',
    );
  });

  it('reads leadership from "led by" and from a nationality title before a name', () => {
    expect(linksOf('The talks involved NATO, a military alliance led by the United States, and others.')).toContain(
      'united states leader_of nato',
    );
    expect(linksOf('Uzbek President Shavkat Mirziyoyev opened the session in Tashkent.')).toEqual([]); // Uzbekistan is not named, so nothing to link to
    expect(
      linksOf('Uzbekistan sent envoys. Uzbek President Shavkat Mirziyoyev opened the session in Tashkent.'),
    ).toContain('shavkat mirziyoyev leader_of uzbekistan');
  });

  it('reads office from an apposition with a possessive title', () => {
    expect(linksOf("Sergei Lavrov, Russia's foreign minister, arrived in Ankara on Monday.")).toContain(
      'sergei lavrov works_for russia',
    );
  });

  it('reads place hierarchy from possessives, "of" and lists of a region\'s states', () => {
    expect(
      linksOf("Flooding hit Pakistan's northern Gilgit-Baltistan region.").some((l) =>
        /gilgit-baltistan.* part_of pakistan/.test(l),
      ),
    ).toBe(true);
    const list = linksOf(
      'Trade across Southeast Asia grew, and several Southeast Asian nations—Vietnam, Thailand and Malaysia—signed deals.',
    );
    expect(list).toEqual(
      expect.arrayContaining([
        'vietnam part_of southeast asia',
        'thailand part_of southeast asia',
        'malaysia part_of southeast asia',
      ]),
    );
  });

  it('reads control, base, alliance and borders', () => {
    expect(
      linksOf("Fighters entered Syrian territory controlled by Hayat Tahrir al-Sham near Syria's border.").some((l) =>
        /hayat tahrir al-sham controls syria/.test(l),
      ),
    ).toBe(true);
    expect(linksOf('The Japanese Embassy in Nairobi issued a warning.')).toContain('japanese embassy based_in nairobi');
    expect(linksOf('The Aga Khan Development Network, which is based in Geneva, funded the clinic.')).toContain(
      'aga khan development network based_in geneva',
    );
    expect(
      linksOf('Armenia, a country sharing a long border with Iran, protested.').some((l) =>
        /^(armenia borders iran|iran borders armenia)$/.test(l),
      ),
    ).toBe(true);
    expect(linksOf('Belarus sought talks with its closest ally, Russia.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(belarus ally_of russia|russia ally_of belarus)$/)]),
    );
  });

  it('does not link names that merely stand side by side', () => {
    expect(linksOf('Officials from France and Germany met in Rome on Tuesday.')).toEqual([]);
    expect(linksOf("China's influence in Central Asia has grown.")).toEqual([]);
  });

  it('cites the passage that states the link', () => {
    const text = 'The drills began. Tajikistan, a member of the Collective Security Treaty Organization, took part.';
    const r = extract(text, { extractor: 'rules' });
    const link = r.links!.find((l) => l.type === 'member_of')!;
    expect(text.slice(link.start, link.end)).toBe(
      'Tajikistan, a member of the Collective Security Treaty Organization',
    );
    expect(link.confidence).toBeGreaterThan(0.5);
  });
});
