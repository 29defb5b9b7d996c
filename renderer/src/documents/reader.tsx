import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ReaderMention } from '../../../preload/contract.js';
import type { PickedEntity } from '../common/entity-picker.js';
import { formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { entityStyle } from '../entity-types.js';
import { isTyping } from '../shell/shortcuts.js';
import { useShell } from '../shell/shell-context.js';
import { MarkingPickers, SaveOriginal } from './document-marking.js';
import { documentDateLabel, readerSegments, trimSpan } from './reader-segments.js';
import { SelectionPopover, type TextSelection } from './selection-popover.js';
import { visibleMentions } from './visible-mentions.js';

const NEARBY = 400;
// Counts and sums are mentioned, but are not what links and events join.
const UNNAMED = new Set(['quantity', 'money']);

/**
 * A document's text with its mentions highlighted in their type's colour: dashed while
 * suggested, solid once confirmed. J/K step through mentions, Enter accepts, Backspace rejects.
 * Selecting text offers Create entity… / Add mention of… / Cite for…; a passage opened from a
 * search hit or a citation is highlighted and scrolled to.
 */
export function Reader({ id, focus }: { id: string; focus: { start: number; end: number } | null }) {
  const shell = useShell();
  const { data: doc, error } = useQuery(() => shell.client.call('documents:get', { id }), id);
  const [showRejected, setShowRejected] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const [picked, setPicked] = useState<TextSelection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const readOnly = shell.summary?.readOnly ?? true;

  const mentions = useMemo(() => visibleMentions(doc?.mentionList ?? [], showRejected), [doc, showRejected]);

  useEffect(() => {
    const el = focus ? textRef.current?.querySelector('.focus-hit') : null;
    el?.scrollIntoView({ block: 'center' });
  }, [focus, doc]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        isTyping(e.target) ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        !mentions.length ||
        document.querySelector('.modal-backdrop')
      )
        return;
      const current = mentions[cursor];
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        const next = e.key === 'j' ? Math.min(mentions.length - 1, cursor + 1) : Math.max(0, cursor - 1);
        setCursor(next);
        shell.select({ kind: 'entity', id: mentions[next]!.entityId });
        textRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
      } else if ((e.key === 'Enter' || e.key === 'Backspace') && current) {
        e.preventDefault();
        const status = e.key === 'Enter' ? 'confirmed' : 'rejected';
        shell.client.call('documents:set-mention-status', { mentionId: current.id, status }).then(
          (done) =>
            shell.toast({
              message: done.message,
              undo: () => shell.history.undo(done.undoToken),
            }),
          shell.report,
        );
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mentions, cursor, shell]);

  // A finished mouse selection inside the text becomes a passage with a popover of actions.
  const onMouseUp = () => {
    if (!doc || readOnly) return;
    const sel = window.getSelection();
    const root = textRef.current;
    if (!sel || sel.isCollapsed || !root || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const span = trimSpan(doc.text, start, start + range.toString().length);
    if (!span) return;
    const box = range.getBoundingClientRect();
    const pane = root.closest('.reader-pane')?.getBoundingClientRect();
    const scroll = root.closest('.reader-pane')?.scrollTop ?? 0;
    setPicked({
      documentId: doc.id,
      ...span,
      quote: doc.text.slice(span.start, span.end),
      x: Math.max(8, box.left - (pane?.left ?? 0)),
      y: box.bottom - (pane?.top ?? 0) + scroll + 6,
    });
  };

  if (error) return <p className="error-text">{error}</p>;
  if (!doc) return <p className="muted empty">Loading…</p>;
  const suggested = doc.mentionList.filter((m) => m.status === 'suggested').length;
  const entitiesIn = (from: number, to: number): PickedEntity[] => {
    const seen = new Map<string, PickedEntity>();
    for (const m of doc.mentionList) {
      if (m.status === 'rejected' || m.end < from || m.start > to || UNNAMED.has(m.entityType)) continue;
      if (!seen.has(m.entityId)) seen.set(m.entityId, { id: m.entityId, label: m.entityLabel, type: m.entityType });
    }
    // People and organisations first: they are the usual participants and link ends.
    const rank = (t: string) => (t === 'person' ? 0 : t === 'organization' ? 1 : t === 'location' ? 2 : 3);
    return [...seen.values()].sort((a, b) => rank(a.type) - rank(b.type));
  };
  return (
    <article className="reader" aria-label={doc.title}>
      <header className="reader-head">
        <h2>{doc.title}</h2>
        <div className="reader-meta muted">
          <MarkingPickers
            ids={[doc.id]}
            reliability={doc.reliability}
            tlp={doc.tlp}
            disabled={readOnly}
            gradeLabel={`Grade the source of “${doc.title}”…`}
          />
          {doc.publishedAt && (
            <span data-testid="document-date">
              {documentDateLabel(doc.mimeType, doc.properties)} {formatDate(doc.publishedAt)}
            </span>
          )}
          <span data-testid="import-date">imported {formatDate(doc.ingestedAt)}</span>
          <span>
            {doc.mentionList.length} mentions, {suggested} to review
          </span>
          <label className="check">
            <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} /> show
            rejected
          </label>
        </div>
        <div className="reader-meta muted small">
          <SaveOriginal id={doc.id} sha256={doc.sha256} />
        </div>
        <p className="hint muted small">
          <kbd>J</kbd>/<kbd>K</kbd> next/previous mention · <kbd>Enter</kbd> accept · <kbd>Backspace</kbd> reject ·
          select text to create or cite
        </p>
      </header>
      <div className="reader-text" ref={textRef} onMouseUp={onMouseUp} onMouseDown={() => picked && setPicked(null)}>
        {highlight(doc.text, mentions, cursor, focus, (m) => shell.select({ kind: 'entity', id: m.entityId }))}
      </div>
      {picked && (
        <SelectionPopover
          key={`${picked.start}:${picked.end}`}
          selection={picked}
          nearby={entitiesIn(picked.start - NEARBY, picked.end + NEARBY)}
          inDocument={entitiesIn(0, doc.text.length)}
          onDone={() => {
            setPicked(null);
            window.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </article>
  );
}

function highlight(
  text: string,
  mentions: ReaderMention[],
  cursor: number,
  focus: { start: number; end: number } | null,
  onPick: (m: ReaderMention) => void,
): ReactNode[] {
  return readerSegments(text.length, mentions, focus).map((seg) => {
    const body = text.slice(seg.start, seg.end);
    if (seg.mention < 0)
      return seg.focus ? (
        <mark key={`f${seg.start}`} className="focus-hit" data-start={seg.start}>
          {body}
        </mark>
      ) : (
        <span key={`t${seg.start}`}>{body}</span>
      );
    const m = mentions[seg.mention]!;
    const style = { '--type-color': entityStyle(m.entityType).color } as CSSProperties;
    return (
      <mark
        key={m.id}
        className={`mention mention-${m.status}${seg.mention === cursor ? ' current' : ''}${seg.focus ? ' focus-hit' : ''}`}
        style={style}
        data-index={seg.mention}
        data-start={m.start}
        title={`${entityStyle(m.entityType).label}: ${m.entityLabel} (${m.status})`}
        onClick={() => onPick(m)}
      >
        {body}
      </mark>
    );
  });
}
