import { describe, expect, it } from 'vitest';
import { makeSnippet, queryTerms } from '../../../../main/core/store/make-snippet.js';
import { SNIPPET_CLOSE as C, SNIPPET_OPEN as O, plainQuery } from '../../../../main/core/store/search.js';

describe('snippets made for a page of hits', () => {
  it('reads the query as FTS5 does: prefixes from four letters, whole short words, no case or diacritics', () => {
    expect(queryTerms(plainQuery('the Tajik Khorugh', 4))).toEqual([
      { word: 'the', prefix: false },
      { word: 'tajik', prefix: true },
      { word: 'khorugh', prefix: true },
    ]);
    expect(makeSnippet('Forces in Khorúgh said', queryTerms(plainQuery('khorugh', 4)))).toBe(
      `Forces in ${O}Khorúgh${C} said`,
    );
  });

  it('picks the window with the most query words and marks them', () => {
    const text = `${'Filler words here. '.repeat(20)}The Tajik border guards met. ${'More filler. '.repeat(20)}Tajikistan and the border.`;
    const s = makeSnippet(text, queryTerms(plainQuery('tajik border', 4)));
    // Two tokens of context before the first match, sixteen tokens in all.
    expect(s).toBe(
      `…here. The ${O}Tajik${C} ${O}border${C} guards met. More filler. More filler. More filler. More filler. More filler…`,
    );
    expect(makeSnippet('nothing here', queryTerms(plainQuery('tajik', 4)))).toBe('nothing here');
  });

  it('reads a 1 MB document only as far as its first match', () => {
    const big = `Opening line about Khorog. ${'padding text '.repeat(90_000)}`;
    const t = performance.now();
    expect(makeSnippet(big, queryTerms(plainQuery('khorog', 4)))).toMatch(
      new RegExp(`^…line about ${O}Khorog${C}\\. padding text`),
    );
    expect(performance.now() - t).toBeLessThan(200);
  });
});
