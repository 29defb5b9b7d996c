import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ReaderMention } from '../../../preload/contract.js';
import { TlpBadge } from '../common/entity-chip.js';
import { formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { entityStyle } from '../entity-types.js';
import { isTyping } from '../shell/shortcuts.js';
import { visibleMentions } from './visible-mentions.js';
import { useShell } from '../shell/shell-context.js';

/**
 * A document's text with its mentions highlighted in their type's colour: dashed while
 * suggested, solid once confirmed. J/K step through mentions, Enter accepts, Backspace rejects.
 */
export function Reader({ id, focus }: { id: string; focus: { start: number; end: number } | null }) {
  const shell = useShell();
  const { data: doc, error } = useQuery(() => shell.client.call('documents:get', { id }), id);
  const [showRejected, setShowRejected] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const textRef = useRef<HTMLDivElement>(null);

  const mentions = useMemo(() => visibleMentions(doc?.mentionList ?? [], showRejected), [doc, showRejected]);

  useEffect(() => {
    const el = focus ? textRef.current?.querySelector(`[data-start="${focus.start}"]`) : null;
    el?.scrollIntoView({ block: 'center' });
  }, [focus, doc]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !mentions.length) return;
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
          (done) => shell.toast({
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

  if (error) return <p className="error-text">{error}</p>;
  if (!doc) return <p className="muted empty">Loading…</p>;
  const suggested = doc.mentionList.filter((m) => m.status === 'suggested').length;
  return (
    <article className="reader" aria-label={doc.title}>
      <header className="reader-head">
        <h2>{doc.title}</h2>
        <div className="reader-meta muted">
          <TlpBadge tlp={doc.tlp} /> {doc.reliability && <span className="badge">{doc.reliability}</span>} {doc.publishedAt ? `${formatDate(doc.publishedAt)} · ` : ''}{doc.mentionList.length} mentions, {suggested} to review
          <label className="check"><input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} /> show rejected</label>
        </div>
        <p className="hint muted small"><kbd>J</kbd>/<kbd>K</kbd> next/previous mention · <kbd>Enter</kbd> accept · <kbd>Backspace</kbd> reject</p>
      </header>
      <div className="reader-text" ref={textRef}>
        {highlight(doc.text, mentions, cursor, (m) => shell.select({ kind: 'entity', id: m.entityId }))}
      </div>
    </article>
  );
}

function highlight(text: string, mentions: ReaderMention[], cursor: number, onPick: (m: ReaderMention) => void): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  mentions.forEach((m, i) => {
    if (m.start > at) parts.push(text.slice(at, m.start));
    const style = { '--type-color': entityStyle(m.entityType).color } as CSSProperties;
    parts.push(
      <mark
        key={m.id}
        className={`mention mention-${m.status}${i === cursor ? ' current' : ''}`}
        style={style}
        data-index={i}
        data-start={m.start}
        title={`${entityStyle(m.entityType).label}: ${m.entityLabel} (${m.status})`}
        onClick={() => onPick(m)}
      >
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
