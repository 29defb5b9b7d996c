import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '../../../../main/core/extract/identifiers.js';

const ids = (text: string) => {
  const found = extractIdentifiers(text);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found.map((f) => [f.type, f.text, f.value]);
};

describe('extractIdentifiers', () => {
  it('finds e-mail addresses, URLs and IP addresses', () => {
    expect(ids('Write to Ops.Desk@Example.org or see https://example.org/report?id=7).')).toEqual([
      ['email', 'Ops.Desk@Example.org', 'ops.desk@example.org'],
      ['url', 'https://example.org/report?id=7', 'https://example.org/report?id=7'],
    ]);
    expect(ids('Hosts 10.0.0.254 and 2001:db8::8a2e:370:7334 met at 10:30; 999.1.1.1 is not an address.')).toEqual([
      ['ip', '10.0.0.254', '10.0.0.254'],
      ['ip', '2001:db8::8a2e:370:7334', '2001:db8::8a2e:370:7334'],
    ]);
  });

  it('finds international phone numbers in E.164 and coordinates in decimal or DMS', () => {
    expect(ids('Call +992 37 221 1234 today.')).toEqual([['phone', '+992 37 221 1234', '+992372211234']]);
    expect(ids('The site at 37.4897, 71.5530 and 38°32′N 68°46′E.')).toEqual([
      ['coordinates', '37.4897, 71.5530', '37.4897,71.553'],
      ['coordinates', '38°32′N 68°46′E', '38.53333,68.76667'],
    ]);
  });

  it('finds money and counts of people', () => {
    expect(ids('A $5 million grant, €1.2bn in loans and 3,000 somoni in fines.')).toEqual([
      ['money', '$5 million', '5000000 USD'],
      ['money', '€1.2bn', '1200000000 EUR'],
      ['money', '3,000 somoni', '3000 TJS'],
    ]);
    expect(ids('The strike killed five Chinese nationals and at least 12 soldiers.')).toEqual([
      ['quantity', 'five Chinese nationals', '5'],
      ['quantity', 'at least 12 soldiers', '12'],
    ]);
  });

  it('stays linear on long runs of address-like characters', () => {
    const started = performance.now();
    extractIdentifiers('a'.repeat(300_000));
    extractIdentifiers('1.'.repeat(150_000));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
