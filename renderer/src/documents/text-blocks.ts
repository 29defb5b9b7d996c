/** A run of a document's text drawn as one element of the reader: a paragraph, or part of a long one. */
export interface TextBlock {
  start: number;
  end: number;
}

/** Longest block before a paragraph is cut (at a sentence end, else a space): a 1 MB paragraph must not be one element. */
export const MAX_BLOCK = 4000;

/**
 * Cuts a text into blocks that end after a blank line (a paragraph with the empty line that
 * follows it, so `pre-wrap` draws the same lines as one element would), each at most `max`
 * characters. Every character lies in exactly one block, in order.
 */
export function textBlocks(text: string, max = MAX_BLOCK): TextBlock[] {
  const out: TextBlock[] = [];
  let start = 0;
  while (start < text.length) {
    let end = paragraphEnd(text, start, max);
    if (end - start > max) end = cutInside(text, start, start + max);
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The end of the paragraph starting at `from`: past its "\n\n" (and any further newlines). */
function paragraphEnd(text: string, from: number, max: number): number {
  const blank = text.indexOf('\n\n', from);
  if (blank < 0 || blank - from > max) return text.length;
  let end = blank + 2;
  while (text[end] === '\n') end++;
  return end;
}

/** Where to cut a paragraph that is too long: after the last line break, sentence end or space before `limit`. */
function cutInside(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= floor) return newline + 1;
  for (let i = limit - 1; i > floor; i--) if (text[i] === ' ' && /[.!?]/.test(text[i - 1]!)) return i + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  return space >= floor ? space + 1 : limit;
}

/** The index of the block holding character `offset` (the last block for offsets past the end). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** A first guess at a block's height before it is measured: its lines wrapped at `charsPerLine`. */
export function estimateBlockHeight(text: string, block: TextBlock, charsPerLine: number, lineHeight: number): number {
  let lines = 0;
  let at = block.start;
  while (at < block.end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl >= block.end ? block.end : nl;
    lines += Math.max(1, Math.ceil((lineEnd - at) / charsPerLine));
    at = lineEnd + 1;
  }
  return Math.max(1, lines) * lineHeight;
}
