import { describe, expect, it } from 'vitest';
import { blockAt, estimateBlockHeight, textBlocks } from '../../../../renderer/src/documents/text-blocks.js';

/** Every character in exactly one block, in order, none empty. */
function expectTiling(text: string, blocks: { start: number; end: number }[]): void {
  expect(blocks[0]?.start ?? 0).toBe(0);
  blocks.forEach((b, i) => {
    expect(b.end).toBeGreaterThan(b.start);
    if (i) expect(b.start).toBe(blocks[i - 1]!.end);
  });
  expect(blocks.at(-1)?.end ?? 0).toBe(text.length);
}

describe("the reader's text blocks", () => {
  it('end after a paragraph and its blank lines, so each draws as the whole text would', () => {
    const text = 'One line.\nSecond line.\n\nNext paragraph.\n\n\nThird.';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'One line.\nSecond line.\n\n',
      'Next paragraph.\n\n\n',
      'Third.',
    ]);
    expectTiling(text, blocks);
  });

  it('cut a paragraph longer than the limit at a sentence end, else a space, else anywhere', () => {
    const sentences = 'Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu.';
    const blocks = textBlocks(sentences, 40);
    expectTiling(sentences, blocks);
    expect(sentences.slice(blocks[0]!.start, blocks[0]!.end)).toBe('Alpha beta gamma. Delta epsilon zeta. ');
    const words = 'word '.repeat(30);
    const wordBlocks = textBlocks(words, 32);
    expectTiling(words, wordBlocks);
    expect(wordBlocks.every((b) => words[b.end - 1] === ' ' && b.end - b.start <= 32)).toBe(true);
    const solid = 'x'.repeat(100);
    expect(textBlocks(solid, 32).map((b) => b.end - b.start)).toEqual([32, 32, 32, 4]);
  });

  it('tile a megabyte of text in blocks no longer than the limit, and find the block of any offset', () => {
    const text = `${'A sentence of some length goes here. '.repeat(20)}\n\n`.repeat(1400);
    const blocks = textBlocks(text);
    expectTiling(text, blocks);
    expect(Math.max(...blocks.map((b) => b.end - b.start))).toBeLessThanOrEqual(4000);
    for (const offset of [0, 1, 777, 500_000, text.length - 1]) {
      const b = blocks[blockAt(blocks, offset)]!;
      expect(b.start <= offset && offset < b.end).toBe(true);
    }
    expect(blockAt(blocks, text.length + 5)).toBe(blocks.length - 1);
    expect(textBlocks('')).toEqual([]);
  });

  it('guess a height from wrapped lines and blank lines', () => {
    const text = `${'x'.repeat(250)}\nshort\n\n`;
    expect(estimateBlockHeight(text, { start: 0, end: text.length }, 100, 20)).toBe((3 + 1 + 1) * 20);
  });
});
