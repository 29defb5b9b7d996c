import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReaderMention } from '../../../preload/contract.js';
import type { PickedEntity } from '../common/entity-picker.js';
import { formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { isTyping } from '../shell/shortcuts.js';
import { useShell } from '../shell/shell-context.js';
import { MarkingPickers, SaveOriginal } from './document-marking.js';
import { ReaderBody, type ScrollTarget, type TextRange } from './reader-body.js';
import { documentDateLabel, trimSpan } from './reader-segments.js';
import { SelectionPopover, type TextSelection } from './selection-popover.js';
import { textBlocks } from './text-blocks.js';
import { MENTION_CHUNK, useRangeMentions } from './use-range-mentions.js';

const NEARBY = 400;
// Counts and sums are mentioned, but are not what links and events join.
const UNNAMED = new Set(['quantity', 'money']);

/**
 * A document's text with its mentions highlighted in their type's colour: dashed while
 * suggested, solid once confirmed. J/K step through mentions, Enter accepts, Backspace rejects.
 * Selecting text offers Create entity… / Add mention of… / Cite for…; a passage opened from a
 * search hit or a citation is highlighted and scrolled to. Only the part in view is drawn, with
 * the mentions loaded for it, so a 1 MB document opens as fast as a short one.
 */
export function Reader({ id, focus }: { id: string; focus: { start: number; end: number } | null }) {
  const shell = useShell();
  const { client } = shell;
  const { data: doc, error } = useQuery(() => client.call('documents:open', { id }), id);
  const loadMentions = useCallback(
    (start: number, end: number) => client.call('documents:mentions', { id, start, end }),
    [client, id],
  );
  const mentions = useRangeMentions(loadMentions, shell.revision);
  const { request } = mentions;
  const [showRejected, setShowRejected] = useState(false);
  const [cursor, setCursor] = useState<ReaderMention | null>(null);
  const [picked, setPicked] = useState<TextSelection | null>(null);
  const [target, setTarget] = useState<ScrollTarget | null>(null);
  const stepping = useRef(false);
  const readOnly = shell.summary?.readOnly ?? true;
  const blocks = useMemo(() => (doc ? textBlocks(doc.text) : []), [doc]);

  // Ask for the first screen's mentions while the text is still on its way.
  useEffect(() => request(focus?.start ?? 0, (focus?.start ?? 0) + MENTION_CHUNK), [focus, request]);
  // A new passage to open at (a search hit, a citation) becomes the place to scroll to.
  const [seenFocus, setSeenFocus] = useState<typeof focus | undefined>(undefined);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    if (focus) setTarget({ offset: focus.start, selector: '.focus-hit', align: 'center' });
  }

  useEffect(() => {
    const step = (direction: 'next' | 'previous') => {
      if (stepping.current || !doc) return;
      stepping.current = true;
      const from = cursor ? cursor.start : direction === 'next' ? -1 : doc.text.length;
      client
        .call('documents:adjacent-mention', { id, from, direction, withRejected: showRejected })
        .then((m) => {
          if (!m) return;
          setCursor(m);
          shell.select({ kind: 'entity', id: m.entityId });
          setTarget({ offset: m.start, selector: `[data-mention="${m.id}"]`, align: 'nearest' });
        }, shell.report)
        .finally(() => (stepping.current = false));
    };
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('.modal-backdrop')) return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        step(e.key === 'j' ? 'next' : 'previous');
      } else if ((e.key === 'Enter' || e.key === 'Backspace') && cursor) {
        e.preventDefault();
        const status = e.key === 'Enter' ? 'confirmed' : 'rejected';
        client.call('documents:set-mention-status', { mentionId: cursor.id, status }).then(
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
  }, [cursor, doc, id, client, shell, showRejected]);

  const reached = useCallback(() => setTarget(null), []);
  const pick = useCallback((m: ReaderMention) => shell.select({ kind: 'entity', id: m.entityId }), [shell]);

  // A finished mouse selection inside the text becomes a passage with a popover of actions.
  const onSelect = (range: TextRange) => {
    if (!doc || readOnly) return;
    const span = trimSpan(doc.text, range.start, range.end);
    if (!span) return;
    const pane = document.querySelector('.reader-pane');
    const box = pane?.getBoundingClientRect();
    setPicked({
      documentId: doc.id,
      ...span,
      quote: doc.text.slice(span.start, span.end),
      x: Math.max(8, range.rect.left - (box?.left ?? 0)),
      y: range.rect.bottom - (box?.top ?? 0) + (pane?.scrollTop ?? 0) + 6,
    });
  };

  if (error) return <p className="error-text">{error}</p>;
  if (!doc) return <p className="muted empty">Loading…</p>;
  const counts = doc.mentionsByStatus;
  // Entities near a selection come from the mentions loaded around it (always those in view).
  const entitiesIn = (from: number, to: number): PickedEntity[] => {
    const seen = new Map<string, PickedEntity>();
    for (const m of mentions.within(Math.max(0, from), to)) {
      if (m.status === 'rejected' || UNNAMED.has(m.entityType)) continue;
      if (!seen.has(m.entityId)) seen.set(m.entityId, { id: m.entityId, label: m.entityLabel, type: m.entityType });
    }
    return byParticipantRank([...seen.values()]);
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
          <span data-testid="mention-counts">
            {counts.suggested + counts.confirmed + (showRejected ? counts.rejected : 0)} mentions, {counts.suggested} to
            review
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
      <ReaderBody
        text={doc.text}
        blocks={blocks}
        mentions={mentions}
        showRejected={showRejected}
        cursorId={cursor?.id ?? null}
        focus={focus}
        target={target}
        onTargetReached={reached}
        onPick={pick}
        onSelect={onSelect}
        onPress={() => picked && setPicked(null)}
      />
      {picked && (
        <SelectionPopover
          key={`${picked.start}:${picked.end}`}
          selection={picked}
          nearby={entitiesIn(picked.start - NEARBY, picked.end + NEARBY)}
          inDocument={byParticipantRank(doc.entities.filter((e) => !UNNAMED.has(e.type)))}
          onDone={() => {
            setPicked(null);
            window.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </article>
  );
}

/** People and organisations first: they are the usual participants and link ends. */
function byParticipantRank(list: PickedEntity[]): PickedEntity[] {
  const rank = (t: string) => (t === 'person' ? 0 : t === 'organization' ? 1 : t === 'location' ? 2 : 3);
  return [...list].sort((a, b) => rank(a.type) - rank(b.type));
}
