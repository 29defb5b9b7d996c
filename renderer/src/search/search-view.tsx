import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchResults } from '../../../preload/contract.js';
import { EntityChip, TypeIcon } from '../common/entity-chip.js';
import { snippetParts } from '../common/format.js';
import { useDebouncedValue, usePagedRows } from '../common/use-paged-rows.js';
import '../common/virtual-table.css';
import { useShell } from '../shell/shell-context.js';

type DocumentHit = SearchResults['documents'][number] & { id: string };
type Summary = Omit<SearchResults, 'documents'>;

const HITS_PAGE = 50;

/**
 * Full-text search over documents (with snippets) and entity names. The case ranks and pages:
 * the best hits arrive fifty at a time as the list scrolls, with how many matched in all.
 */
export function SearchView() {
  const shell = useShell();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 150);
  const [summary, setSummary] = useState<{ query: string; value: Summary } | null>(null);
  const hits = usePagedRows<DocumentHit>(
    async (offset, limit) => {
      if (!query) return { rows: [], total: 0 };
      const r = await shell.client.call('search:query', { text: query, offset, limit });
      if (offset === 0) setSummary({ query, value: r });
      return { rows: r.documents.map((d) => ({ ...d, id: d.documentId })), total: r.documentsAvailable };
    },
    query,
    HITS_PAGE,
  );
  const shown = query && text.trim() && summary?.query === query ? summary.value : null;
  // Opens the reader scrolled to where the words occur, highlighted.
  const openAtHit = async (documentId: string) => {
    const range = await shell.client.call('documents:find-text', { id: documentId, text: query }).catch(() => null);
    shell.setView('documents');
    shell.select({ kind: 'document', id: documentId, ...(range ? { range } : {}) });
  };
  return (
    <div className="search-view">
      <div className="toolbar">
        <input
          className="filter big"
          autoFocus
          placeholder="Search documents and names…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Search"
        />
      </div>
      {hits.error && <p className="error-text">{hits.error}</p>}
      {shown && (
        <div className="search-results">
          <section>
            <h3>Names ({shown.entities.length})</h3>
            <div className="chip-cloud">
              {shown.entities.map((e) => (
                <EntityChip
                  key={e.entityId}
                  type={e.type}
                  label={e.matched === e.label ? e.label : `${e.label} (${e.matched})`}
                  onClick={() => shell.select({ kind: 'entity', id: e.entityId })}
                />
              ))}
            </div>
          </section>
          {shown.events && shown.events.length > 0 && (
            <section>
              <h3>Events ({shown.events.length})</h3>
              <ul className="search-events">
                {shown.events.map((e) => (
                  <li key={e.eventId}>
                    <button className="link-button" onClick={() => shell.select({ kind: 'event', id: e.eventId })}>
                      {e.title}
                    </button>{' '}
                    <span className="muted small">{e.startAt ? e.startAt.slice(0, 10) : 'undated'}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>
              Documents ({shown.documentsEstimated ? '~' : ''}
              {shown.documentTotal.toLocaleString()})
            </h3>
            {shown.documentTotal > shown.documentsAvailable && (
              <p className="muted small search-count">
                Showing the best {shown.documentsAvailable} of {shown.documentsEstimated ? '~' : ''}
                {shown.documentTotal.toLocaleString()} documents
                {shown.documentsEstimated ? ' (ranked among the newest matches)' : ''}. Add words to narrow the search.
              </p>
            )}
            <HitList
              count={hits.total ?? 0}
              hitAt={hits.rowAt}
              request={hits.request}
              onOpen={(id) => void openAtHit(id)}
            />
          </section>
        </div>
      )}
      {!shown && !hits.error && (
        <p className="muted empty">
          Type to search every document's text, every entity name and alias, and events by their counts (&ldquo;killed
          5&rdquo;). Words of four letters or more match as prefixes (&ldquo;tajik&rdquo; finds Tajikistan).
        </p>
      )}
    </div>
  );
}

function HitList({
  count,
  hitAt,
  request,
  onOpen,
}: {
  count: number;
  hitAt(i: number): DocumentHit | undefined;
  request(from: number, to: number): void;
  onOpen(id: string): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Not memoised by the React Compiler on purpose: the virtualizer re-renders this on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 76,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count) request(first, last + 1);
  }, [first, last, count, request]);
  return (
    <div className="search-hits-scroll" ref={scrollRef}>
      <ul className="hits virtual-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((it) => {
          const d = hitAt(it.index);
          return (
            <li
              key={d?.id ?? `pending-${it.index}`}
              className="virtual-item"
              data-index={it.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${it.start}px)` }}
            >
              {d ? (
                <button className="hit" onClick={() => onOpen(d.documentId)}>
                  <span className="hit-title">
                    <TypeIcon type="document" /> {d.title}
                  </span>
                  <span className="hit-snippet">
                    {snippetParts(d.snippet, SNIPPET_OPEN, SNIPPET_CLOSE).map((p, i) =>
                      p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                    )}
                  </span>
                </button>
              ) : (
                <span className="hit muted">…</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
