import { describe, expect, it } from 'vitest';
import { documentDateLabel, readerSegments, trimSpan } from '../../../../renderer/src/documents/reader-segments.js';

describe("the reader's text runs", () => {
  it('keeps mentions whole and cuts plain text at the focused passage', () => {
    const segs = readerSegments(
      40,
      [
        { start: 5, end: 10 },
        { start: 20, end: 25 },
      ],
      { start: 8, end: 22 },
    );
    expect(segs).toEqual([
      { start: 0, end: 5, mention: -1, focus: false },
      { start: 5, end: 10, mention: 0, focus: true },
      { start: 10, end: 20, mention: -1, focus: true },
      { start: 20, end: 25, mention: 1, focus: true },
      { start: 25, end: 40, mention: -1, focus: false },
    ]);
    expect(readerSegments(10, [], { start: 3, end: 6 }).map((s) => [s.start, s.end, s.focus])).toEqual([
      [0, 3, false],
      [3, 6, true],
      [6, 10, false],
    ]);
    expect(readerSegments(10, [], null)).toEqual([{ start: 0, end: 10, mention: -1, focus: false }]);
  });

  it('trims what a mouse drag picks up at the edges of a selection', () => {
    const text = 'said "Emomali Rahmon, " then';
    const s = text.indexOf('"');
    expect(trimSpan(text, s - 1, s + 18)).toEqual({ start: s + 1, end: s + 15 });
    expect(text.slice(s + 1, s + 15)).toBe('Emomali Rahmon');
    expect(trimSpan(text, 4, 6)).toBeNull();
  });

  it("labels the document's own date by its kind", () => {
    expect(documentDateLabel('message/rfc822', {})).toBe('received');
    expect(documentDateLabel('text/html', {})).toBe('published');
    expect(documentDateLabel('application/pdf', {})).toBe('report date');
    expect(documentDateLabel('text/html', { dateKind: 'report date' })).toBe('report date');
    // A table's date is the latest entry of its date column (or the file's time), not a publication.
    expect(documentDateLabel('text/csv', { dateKind: 'latest “Date” entry' })).toBe('latest “Date” entry');
    expect(documentDateLabel('text/csv', { dateKind: 'file modified' })).toBe('file modified');
  });
});

describe("one block's runs", () => {
  it('start at the block, not at the beginning of the text', () => {
    expect(readerSegments(120, [{ start: 105, end: 110 }], { start: 90, end: 107 }, 100)).toEqual([
      { start: 100, end: 105, mention: -1, focus: true },
      { start: 105, end: 110, mention: 0, focus: true },
      { start: 110, end: 120, mention: -1, focus: false },
    ]);
  });
});
