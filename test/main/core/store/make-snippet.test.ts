import { describe, expect, it } from 'vitest';
import { SNIPPET_PIECE, makeSnippet, makeSnippetFrom, queryTerms } from '../../../../main/core/store/make-snippet.js';
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

  it('reads a document piece by piece, only as far as the snippet needs, and matches a word cut by a piece end', () => {
    const text = `${'x '.repeat(SNIPPET_PIECE / 2 - 2)}Kho${'rog met the guards. '.repeat(20_000)}`;
    const read: number[] = [];
    const reader = (i: number): string => {
      read.push(i);
      return text.slice(i * SNIPPET_PIECE, (i + 1) * SNIPPET_PIECE);
    };
    // "Khorog" starts 4 characters before the first piece ends: "Khor" in one piece, "og" in the next.
    expect(text.indexOf('Khorog')).toBe(SNIPPET_PIECE - 4);
    expect(makeSnippetFrom(reader, queryTerms(plainQuery('khorog', 4)))).toMatch(
      new RegExp(`^…x x ${O}Khorog${C} met the guards`),
    );
    expect(read).toEqual([0, 1]);
  });

  it('gives up looking after 100,000 characters without a match (a hit on the title alone) and shows the opening', () => {
    const read: number[] = [];
    const filler = 'padding text '.repeat(SNIPPET_PIECE / 13 + 1).slice(0, SNIPPET_PIECE);
    const snippet = makeSnippetFrom(
      (i) => {
        read.push(i);
        return i < 300 ? filler : '';
      },
      queryTerms(plainQuery('khorog', 4)),
    );
    expect(read.length).toBe(25);
    expect(snippet).toMatch(/^padding text padding text .*…$/);
  });
});
