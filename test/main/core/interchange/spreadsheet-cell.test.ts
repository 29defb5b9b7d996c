import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCell, restoreCell } from '../../../../main/core/interchange/spreadsheet-cell.js';

describe('spreadsheet cell neutralisation', () => {
  it('prefixes every OWASP trigger with an apostrophe and leaves other text alone', () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1,1)', '\tTAB', '\rCR']) {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
      expect(looksLikeFormula(neutraliseCell(hostile))).toBe(false);
    }
    for (const plain of ['Acme', '', "O'Brien", "'quoted", '2025-01-01', ' =spaced'])
      expect(neutraliseCell(plain)).toBe(plain);
    expect(neutraliseCell("'=x")).toBe("''=x");
  });

  it('round-trips every string exactly (restore after neutralise is the identity)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
        (s) => restoreCell(neutraliseCell(s)) === s,
      ),
      { seed: 17, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => !looksLikeFormula(neutraliseCell(s))),
      { seed: 12, numRuns: 2000 },
    );
  });
});
