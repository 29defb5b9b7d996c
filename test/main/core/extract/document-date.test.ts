import { describe, expect, it } from 'vitest';
import { documentDateFromText } from '../../../../main/core/extract/document-date.js';

// Lines written for these tests.
describe('document date from the text', () => {
  it('reads a labelled report date, a situation date and a news dateline, saying where it came from', () => {
    expect(documentDateFromText('FIELD NOTE\nDate of report: 2 December 2025\n\nText.')).toEqual({
      value: '2025-12-02',
      precision: 'day',
      source: 'report-date',
    });
    expect(documentDateFromText('SITREP 7\nBorder, situation as of 12 December 2025\nText.')).toEqual({
      value: '2025-12-12',
      precision: 'day',
      source: 'report-date',
    });
    expect(documentDateFromText('**Dushanbe, 4 December 2025**\n\nThe ministry informs …')).toEqual({
      value: '2025-12-04',
      precision: 'day',
      source: 'dateline',
    });
  });

  it('gives a dateline without a year the latest such day not after the reference day', () => {
    expect(documentDateFromText('DUSHANBE, Dec 1 (Reuters) - Guards said.', '2025-12-20')).toEqual({
      value: '2025-12-01',
      precision: 'day',
      source: 'dateline',
    });
    expect(documentDateFromText('DUSHANBE, Dec 21 (Reuters) - Guards said.', '2025-12-20')?.value).toBe('2024-12-21');
  });

  it('finds nothing in a text that does not date itself', () => {
    expect(documentDateFromText('The talks went on. In 2021 the government fell.')).toBeNull();
  });
});
