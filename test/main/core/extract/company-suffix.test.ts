import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe("a company's suffix and its full stop", () => {
  it('end its name before another name, where no sentence break was seen', () => {
    const found = namedEntities('Buyers such as Orvane Industrial Co. Kestrel Optics Ltd. and Dunmore Inc. paid more.');
    expect(found).toContain('organization:Orvane Industrial Co.');
    expect(found.some((e) => e.includes('Co. Kestrel'))).toBe(false);
  });

  it('include a Swedish company\'s "AB"', () => {
    expect(
      namedEntities(
        'Brannvolt AB, once the region’s best hope for a battery maker, filed for bankruptcy on Wednesday.',
      ),
    ).toEqual(['organization:Brannvolt AB']);
  });

  it('go on into a second suffix', () => {
    expect(namedEntities('The plant belongs to Samsung Electronics Co. Ltd. and employs 900.')).toContain(
      'organization:Samsung Electronics Co. Ltd.',
    );
  });
});

describe('a company named with its legal suffix', () => {
  it('is that company wherever the document uses its name alone', () => {
    expect(
      namedEntities('Regulators sued Brindlecast Corp. on Monday. Brindlecast, based in Reno, said it would appeal.'),
    ).toEqual(['organization:Brindlecast Corp.', 'organization:Brindlecast', 'location:Reno']);
  });

  it("is that company too when named with its group's words and its suffix", () => {
    expect(namedEntities('Kestra Group Holdings Ltd. halted production. Kestra did not confirm the claim.')).toEqual([
      'organization:Kestra Group Holdings Ltd.',
      'organization:Kestra',
    ]);
  });

  it('is that company too when named with its trade in resources or mining', () => {
    expect(namedEntities('Velmar Resources sold its unit; Velmar said so.')).toEqual([
      'organization:Velmar Resources',
      'organization:Velmar',
    ]);
  });

  it('is that company too when named with "Global", "Automotive" or "Motor" after it', () => {
    expect(
      namedEntities('Outages at Tessaro Global spread on Monday. Tessaro, which serves 900 clients, apologised.'),
    ).toEqual(['organization:Tessaro Global', 'organization:Tessaro']);
    expect(namedEntities('Sales at Kolvane Motor fell in May. Kolvane said prices would rise.')).toEqual([
      'organization:Kolvane Motor',
      'organization:Kolvane',
    ]);
  });

  it("is that company too when named with its group's words, unless the rest is a place", () => {
    expect(
      namedEntities('Orders at Brindlecast Group Holdings stopped on Monday. Brindlecast said data may have leaked.'),
    ).toEqual(['organization:Brindlecast Group Holdings', 'organization:Brindlecast']);
    expect(namedEntities('Analysts at Eurasia Group said Eurasia was tense.')).toContain('location:Eurasia');
  });

  it('is a company, whoever shares its first word', () => {
    expect(namedEntities('Harwell Ltd. said sales rose. Tom Harwell said Harwell would hire.')).toContain(
      'organization:Harwell Ltd.',
    );
  });
});

describe('a press release', () => {
  it('reads a Nordic company suffix as a company, and its "About" header as no part of the name', () => {
    const text =
      'Selvik Offshore ASA (OSE: SELV) said on Monday that it had bought two vessels.\n\nAbout Selvik Offshore\nSelvik Offshore is based in Bergen.';
    const found = namedEntities(text);
    expect(found).toContain('organization:Selvik Offshore ASA');
    expect(found.filter((e) => e.startsWith('organization:About'))).toEqual([]);
  });
});
