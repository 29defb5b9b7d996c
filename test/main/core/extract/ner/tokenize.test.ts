import { describe, expect, test } from 'vitest';
import { splitSentences, tokenize } from '../../../../../main/core/extract/ner/tokenize.js';

describe('tokenize', () => {
  test('every token is exactly the text at its offsets', () => {
    const text =
      'Gen. Stephen J. Townsend met the U.S. envoy in Gorno-Badakhshan’s capital on 13.12.2025 — "talks", said @un_news (see https://example.org/a?b=1).';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Gen.',
      'Stephen',
      'J.',
      'Townsend',
      'met',
      'the',
      'U.S.',
      'envoy',
      'in',
      'Gorno-Badakhshan',
      '’s',
      'capital',
      'on',
      '13.12.2025',
      '—',
      '"',
      'talks',
      '"',
      ',',
      'said',
      '@un_news',
      '(',
      'see',
      'https://example.org/a?b=1',
      ')',
      '.',
    ]);
  });

  test('offsets hold for text in other scripts, emoji and odd whitespace', () => {
    const text = '  Душанбе\u00a0и  Ташкент\t😀 東京 O’Brien\r\n';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Душанбе', 'и', 'Ташкент', '😀', '東京', 'O’Brien']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('splits clitics the way the training sets do and keeps domain names whole', () => {
    const text = "I don't think they'll review yelp.com or Miller's; O'Neill can't.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'I',
      'do',
      "n't",
      'think',
      'they',
      "'ll",
      'review',
      'yelp.com',
      'or',
      'Miller',
      "'s",
      ';',
      "O'Neill",
      'ca',
      "n't",
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('one 20 MB run without a space is cut into tokens, not a regexp stack overflow', () => {
    // Warm first: V8 compiles a regexp to machine code after its first runs, and that code's
    // backtracking uses the call stack (the overflow came in CI only after other tests).
    for (let i = 0; i < 5; i++) tokenize('Write to ana@example.org or visit example.com, said Gen. Smith.');
    for (const text of ['x'.repeat(2e7), `see ${'a@'.repeat(1e6)} here`]) {
      const tokens = tokenize(text);
      expect(tokens.at(-1)!.end).toBe(text.length);
      expect(tokens.every((t, i) => i === 0 || t.start >= tokens[i - 1]!.end)).toBe(true);
    }
    // Runs of normal length are matched as before, across the cut pieces.
    const mixed = `${'y'.repeat(5000)} write to ana@example.org today`;
    expect(tokenize(mixed).map((t) => t.text)).toContain('ana@example.org');
  });

  test('empty and blank text give no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  test('splits at end marks before a capital and at line breaks, not after abbreviations', () => {
    const text = 'Dr. Rahmon arrived in the U.S. on Monday. He left.\nHeadline Without Stop\nNext one';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens).map(([a, b]) =>
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
    expect(sentences).toEqual([
      'Dr. Rahmon arrived in the U.S. on Monday .',
      'He left .',
      'Headline Without Stop',
      'Next one',
    ]);
  });

  test('a news dateline is its own sentence; a dash inside a sentence is not an end', () => {
    const text = 'DUSHANBE, Tajikistan (AP) — The Senate voted. The vote — Thune said — was close.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens).map(([a, b]) =>
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
    expect(sentences).toEqual([
      'DUSHANBE , Tajikistan ( AP ) —',
      'The Senate voted .',
      'The vote — Thune said — was close .',
    ]);
  });

  test('a very long line is cut into bounded sentences', () => {
    const text = 'word '.repeat(1000);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.length).toBe(5);
    expect(sentences.every(([a, b]) => b - a <= 200)).toBe(true);
  });
});
