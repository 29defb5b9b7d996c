import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests, run with the shipped tagger and with the rules alone.
const orgs = (text: string, extractor?: 'rules') =>
  extract(text, { date: '2026-03-03', ...(extractor ? { extractor } : {}) })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.text);

describe("threat-intelligence vendors' designations for intrusion groups", () => {
  it('are organisations, each on its own', () => {
    for (const extractor of [undefined, 'rules'] as const) {
      const out = orgs(
        'Analysts linked APT41 to the intrusion; DEV-0537 and UNC2452 were ruled out, as was Storm-0558.',
        extractor,
      );
      expect(out).toEqual(expect.arrayContaining(['APT41', 'DEV-0537', 'UNC2452', 'Storm-0558']));
      expect(out.some((o) => / and /.test(o))).toBe(false);
    }
  });

  it('but a flaw tracked by its number is no group', () => {
    expect(orgs('Orvane patched the vulnerability, tracked as CVE-2025-61882, on Saturday.')).not.toContain(
      'CVE-2025-61882',
    );
  });

  it('need their digits: the bare word is a class of threat, not a group', () => {
    expect(orgs('An APT campaign hit two banks and a TA team answered.')).toEqual([]);
  });

  it("include Microsoft's weather names, but not storms", () => {
    for (const extractor of [undefined, 'rules'] as const) {
      const out = orgs(
        'Hackers known as Salt Typhoon and Midnight Blizzard were blamed, as was Octo Tempest.',
        extractor,
      );
      expect(out).toEqual(expect.arrayContaining(['Salt Typhoon', 'Midnight Blizzard', 'Octo Tempest']));
    }
    expect(orgs('Super Typhoon Yagi hit Hainan after Typhoon Haiyan. The Typhoon was weaker.')).toEqual([]);
  });

  it('include whatever name a vendor tracks a group as', () => {
    const out = orgs('Researchers at Norvik, who track the group as Earth Kasper, said it also hit Moon Telecom.');
    expect(out).toContain('Earth Kasper');
  });

  it('include activity clusters and numbered units, whole', () => {
    const out = orgs("The vendor's Unit 42 tracks CL-STA-0969; officers of Unit 29155 were charged.");
    expect(out).toEqual(expect.arrayContaining(['Unit 42', 'CL-STA-0969', 'Unit 29155']));
    expect(out).not.toContain('Unit');
    expect(orgs('Apartment unit 42 was empty.')).toEqual([]);
  });
});
