import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ReaderMention } from '../../../preload/contract.js';
import { entityStyle } from '../entity-types.js';
import { readerSegments } from './reader-segments.js';
import { blockAt, estimateBlockHeight, type TextBlock } from './text-blocks.js';
import type { RangeMentions } from './use-range-mentions.js';
import { visibleMentions } from './visible-mentions.js';
import './reader.css';

const LINE_HEIGHT = 23;
const CHARS_PER_LINE = 100;

/** Somewhere in the text to bring into view: the element `selector` once drawn, else its block. */
export interface ScrollTarget {
  offset: number;
  selector: string;
  align: ScrollLogicalPosition;
}

/** A selection in the text as character offsets, with where it is drawn. */
export interface TextRange {
  start: number;
  end: number;
  rect: DOMRect;
}

/**
 * A document's text drawn a block at a time: only the blocks in and near view are in the DOM
 * (a 1 MB text is ~400 blocks), with the mentions loaded for them. Selections are reported as
 * character offsets of the whole text.
 */
export function ReaderBody({
  text,
  blocks,
  mentions,
  showRejected,
  cursorId,
  focus,
  target,
  onTargetReached,
  onPick,
  onSelect,
  onPress,
}: {
  text: string;
  blocks: readonly TextBlock[];
  mentions: RangeMentions;
  showRejected: boolean;
  cursorId: string | null;
  focus: { start: number; end: number } | null;
  target: ScrollTarget | null;
  onTargetReached(): void;
  onPick(m: ReaderMention): void;
  onSelect(range: TextRange): void;
  onPress(): void;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  // Not memoised by the React Compiler on purpose: the virtualizer re-renders this on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => rootRef.current?.closest('.reader-pane') ?? null,
    estimateSize: (i) => estimateBlockHeight(text, blocks[i]!, CHARS_PER_LINE, LINE_HEIGHT),
    overscan: 2,
    scrollMargin: margin,
  });
  // The header above the text scrolls with it: the list starts where the text element does.
  useLayoutEffect(() => {
    const top = rootRef.current?.offsetTop ?? 0;
    if (top !== margin) setMargin(top);
  }, [margin]);
  const items = virtualizer.getVirtualItems();
  const from = items.length ? blocks[items[0]!.index]!.start : 0;
  const to = items.length ? blocks[items.at(-1)!.index]!.end : 0;
  const { request, within, loaded } = mentions;
  useEffect(() => request(from, to), [from, to, request]);
  const shown = useMemo(() => visibleMentions(within(from, to), showRejected), [within, from, to, showRejected]);

  // Bring a target into view: first its block (the virtualizer scrolls to it), then the element.
  useEffect(() => {
    const root = rootRef.current;
    if (!target || !root) return;
    const index = blockAt(blocks, target.offset);
    const block = root.querySelector(`[data-block="${index}"]`);
    if (!block) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      return;
    }
    if (!loaded(blocks[index]!.start, blocks[index]!.end)) return;
    (root.querySelector(target.selector) ?? block).scrollIntoView({ block: target.align });
    onTargetReached();
  }, [target, blocks, from, to, loaded, virtualizer, onTargetReached]);

  const onMouseUp = () => {
    const sel = window.getSelection();
    const root = rootRef.current;
    if (!sel || sel.isCollapsed || !root || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const start = textOffset(range.startContainer, range.startOffset);
    const end = textOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    onSelect({ start, end, rect: range.getBoundingClientRect() });
  };

  return (
    <div
      className="reader-text"
      ref={rootRef}
      onMouseUp={onMouseUp}
      onMouseDown={onPress}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((it) => {
        const block = blocks[it.index]!;
        return (
          <div
            key={it.index}
            className="reader-block"
            data-block={it.index}
            data-block-start={block.start}
            data-block-end={block.end}
            ref={virtualizer.measureElement}
            data-index={it.index}
            style={{ transform: `translateY(${it.start - margin}px)` }}
          >
            {drawBlock(text, block, shown, cursorId, focus, onPick)}
          </div>
        );
      })}
    </div>
  );
}

/** One block's runs: plain text, the focused passage, and mentions (cut at the block's edges). */
function drawBlock(
  text: string,
  block: TextBlock,
  shown: readonly ReaderMention[],
  cursorId: string | null,
  focus: { start: number; end: number } | null,
  onPick: (m: ReaderMention) => void,
): ReactNode[] {
  const inBlock = shown.filter((m) => m.end > block.start && m.start < block.end);
  const clipped = inBlock.map((m) => ({ start: Math.max(m.start, block.start), end: Math.min(m.end, block.end) }));
  return readerSegments(block.end, clipped, focus, block.start).map((seg) => {
    const body = text.slice(seg.start, seg.end);
    if (seg.mention < 0)
      return seg.focus ? (
        <mark key={`f${seg.start}`} className="focus-hit" data-start={seg.start}>
          {body}
        </mark>
      ) : (
        <span key={`t${seg.start}`}>{body}</span>
      );
    const m = inBlock[seg.mention]!;
    const style = { '--type-color': entityStyle(m.entityType).color } as CSSProperties;
    return (
      <mark
        key={`${m.id}:${seg.start}`}
        className={`mention mention-${m.status}${m.id === cursorId ? ' current' : ''}${seg.focus ? ' focus-hit' : ''}`}
        style={style}
        data-mention={m.id}
        data-start={m.start}
        title={`${entityStyle(m.entityType).label}: ${m.entityLabel} (${m.status})`}
        onClick={() => onPick(m)}
      >
        {body}
      </mark>
    );
  });
}

/** A DOM position inside the text as a character offset of the whole document. */
function textOffset(node: Node, offset: number): number | null {
  const el = node instanceof Element ? node : node.parentElement;
  const block = el?.closest<HTMLElement>('[data-block-start]');
  if (block) {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return Number(block.dataset.blockStart) + before.toString().length;
  }
  // A position between blocks (a drag past a block's end lands on the list itself).
  if (!(node instanceof Element)) return null;
  const after = node.childNodes[offset];
  if (after instanceof HTMLElement && after.dataset.blockStart) return Number(after.dataset.blockStart);
  const prior = node.childNodes[offset - 1];
  if (prior instanceof HTMLElement && prior.dataset.blockEnd) return Number(prior.dataset.blockEnd);
  return null;
}
