import { describe, expect, it } from 'vitest';
import { extractDates, inferDocumentDate } from '../../../../main/core/extract/dates.js';

const one = (text: string, date = '2025-11-03') => {
  const ds = extractDates(text, date);
  for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.text);
  return ds;
};

describe('extractDates', () => {
  it('resolves full and partial calendar dates against the document date', () => {
    expect(one('London, December 13 , 2025 — talks began.')[0]).toMatchObject({
      text: 'December 13 , 2025',
      value: '2025-12-13',
      precision: 'day',
    });
    expect(one('Published Nov 3 by the desk.')[0]).toMatchObject({
      text: 'Nov 3',
      value: '2025-11-03',
      precision: 'day',
    });
    expect(one('The report came out in May 2020.')[0]).toMatchObject({ value: '2020-05', precision: 'month' });
  });

  it('prefers the past when the year is not given', () => {
    // Written on 3 November 2025, "December 5" is last December, not next month.
    expect(one('Talks resumed on December 5.')[0]).toMatchObject({ value: '2024-12-05', precision: 'day' });
  });

  it('reads open ranges, spans back from the document date, parts of years and bare years', () => {
    const ds = one(
      'Since 2021 the border has been tense; over the past two decades trade grew; by mid-2024 it fell, as in 2019.',
    );
    const byText = Object.fromEntries(ds.map((d) => [d.text, d]));
    expect(byText['Since 2021']).toMatchObject({ value: '2021', endValue: null, precision: 'range' });
    expect(byText['the past two decades']).toMatchObject({ value: '2005', endValue: '2025-11-03', precision: 'range' });
    expect(byText['mid-2024']).toMatchObject({ value: '2024-05', endValue: '2024-08', precision: 'range' });
    expect(byText['2019']).toMatchObject({ value: '2019', precision: 'year' });
  });

  it('leaves a leading preposition and trailing punctuation out of the date text', () => {
    // 3 November 2025 was a Monday: "on Tuesday" is the Tuesday before.
    expect(one('Gunmen attacked on Tuesday, officials said.')[0]).toMatchObject({
      text: 'Tuesday',
      value: '2025-10-28',
      precision: 'day',
    });
  });

  it('does not read durations or a date across a line break', () => {
    const ds = one('- Nov 3\n- 4 min read');
    expect(ds.map((d) => d.text)).toEqual(['Nov 3']);
  });

  it('copes with no document date and with text that has no dates', () => {
    expect(extractDates('No dates here at all.', null)).toEqual([]);
    expect(extractDates('', undefined)).toEqual([]);
  });

  it('without a document date, resolves against the first full date the text gives', () => {
    const report =
      'FIELD REPORT\nDate of report: 2 December 2025\n\nThe first strike came on November 30; a second attack in the next two weeks is unlikely.';
    expect(inferDocumentDate(report)).toBe('2025-12-02');
    const dates = extractDates(report, null);
    expect(dates.find((d) => d.text === 'November 30')).toMatchObject({ value: '2025-11-30' });
    expect(dates.every((d) => d.value.startsWith('2025'))).toBe(true);
    expect(inferDocumentDate('No dates here at all, only Tuesday.')).toBeNull();
  });
});
