import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { DocumentRow } from '../../../preload/contract.js';
import { TypeIcon } from '../common/entity-chip.js';
import { formatDate } from '../common/format.js';
import { type PagedRows, useDebouncedValue, usePagedRows } from '../common/use-paged-rows.js';
import '../common/virtual-table.css';
import { useShell } from '../shell/shell-context.js';
import { MarkingPickers } from './document-marking.js';
import { Reader } from './reader.js';

type DocumentSort = 'ingestedAt' | 'publishedAt' | 'title' | 'mentions';
const SORTS: { value: string; label: string; sort: { by: DocumentSort; dir: 'asc' | 'desc' } }[] = [
  { value: 'imported', label: 'Import order', sort: { by: 'ingestedAt', dir: 'asc' } },
  { value: 'newest', label: 'Newest import first', sort: { by: 'ingestedAt', dir: 'desc' } },
  { value: 'published', label: 'Published, newest first', sort: { by: 'publishedAt', dir: 'desc' } },
  { value: 'title', label: 'Title', sort: { by: 'title', dir: 'asc' } },
  { value: 'mentions', label: 'Most mentions', sort: { by: 'mentions', dir: 'desc' } },
];

/** The case's documents on the left (paged by the case, only the rows in view drawn), the open one in the reader on the right. */
export function DocumentsView() {
  const shell = useShell();
  const { client, selection, select, summary, openImport } = shell;
  const [query, setQuery] = useState('');
  const [sortKey, setSortKey] = useState('imported');
  const text = useDebouncedValue(query.trim(), 200);
  const sort = (SORTS.find((s) => s.value === sortKey) ?? SORTS[0]!).sort;
  const rows = usePagedRows<DocumentRow>(
    (offset, limit) => client.call('documents:list', { offset, limit, sort, filter: text ? { text } : {} }),
    `${sortKey}\u0000${text}`,
  );
  // Mounted by a search hit or a cited passage: open at the selected document and passage.
  const [docId, setDocId] = useState<string | null>(selection?.kind === 'document' ? selection.id : null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(
    selection?.kind === 'document' ? (selection.range ?? null) : null,
  );
  // The ticked rows as they were when ticked, so the pickers can show a value they share.
  const [tickedRows, setTickedRows] = useState<DocumentRow[]>([]);
  const ticked = tickedRows.map((d) => d.id);
  // Follow the shared selection when it becomes a document (chosen elsewhere: search, inspector),
  // but keep the reader on its document while an entity in it is selected.
  const [seen, setSeen] = useState(selection);
  if (seen !== selection) {
    setSeen(selection);
    if (selection?.kind === 'document') {
      setDocId(selection.id);
      setRange(selection.range ?? null);
    }
  }

  const current = docId ?? rows.rowAt(0)?.id ?? null;

  if (rows.total === 0 && !text && !rows.stale) {
    return (
      <div className="empty-state">
        <h2>No documents yet</h2>
        <p className="muted">
          Import reports, e-mails, web pages, PDFs or spreadsheets. Dossier reads them and suggests the people,
          organisations and places they mention.
        </p>
        <p>
          <button className="primary" disabled={summary?.readOnly} onClick={() => openImport()}>
            Import documents…
          </button>
        </p>
        <p className="muted small">Or drop files anywhere on this window.</p>
      </div>
    );
  }

  return (
    <div className="split">
      <div className="list-pane paged">
        <div className="pane-head">
          <span>
            {rows.total === null
              ? 'Loading…'
              : `${rows.total.toLocaleString()} ${rows.total === 1 ? 'document' : 'documents'}${text ? ' match' : ''}`}
          </span>
        </div>
        {ticked.length > 0 && (
          <div className="selection-bar doc-marking" aria-label="Mark selected documents">
            <span>{ticked.length} selected</span>
            <MarkingPickers
              ids={ticked}
              reliability={sameOf(tickedRows.map((d) => d.reliability))}
              tlp={sameOf(tickedRows.map((d) => d.tlp))}
              disabled={summary?.readOnly}
              gradeLabel={`Grade the sources of ${ticked.length} selected documents…`}
            />
            <button className="link-button" onClick={() => setTickedRows([])}>
              Clear
            </button>
          </div>
        )}
        <div className="list-filter">
          <input
            placeholder="Filter by title…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label="Filter documents"
          />
          <select value={sortKey} onChange={(e) => setSortKey(e.target.value)} aria-label="Sort documents">
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <DocumentList
          rows={rows}
          current={current}
          ticked={ticked}
          onTick={(row) =>
            setTickedRows((t) => (t.some((d) => d.id === row.id) ? t.filter((d) => d.id !== row.id) : [...t, row]))
          }
          onOpen={(id) => {
            setDocId(id);
            setRange(null);
            select({ kind: 'document', id });
          }}
        />
      </div>
      <div className="reader-pane">{current ? <Reader key={current} id={current} focus={range} /> : null}</div>
    </div>
  );
}

/** The one value all of them share, or 'mixed'. */
function sameOf<T>(values: T[]): T | 'mixed' {
  return values.length && values.every((v) => v === values[0]) ? values[0]! : 'mixed';
}

const DOC_ROW_HEIGHT = 52;

interface DocumentListProps {
  rows: PagedRows<DocumentRow>;
  current: string | null;
  ticked: string[];
  onTick(row: DocumentRow): void;
  onOpen(id: string): void;
}

function DocumentList({ rows, current, ticked, onTick, onOpen }: DocumentListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? 0;
  // Not memoised by the React Compiler on purpose: the virtualizer re-renders this on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => DOC_ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { request } = rows;
  useEffect(() => {
    if (count) request(first, last + 1);
  }, [first, last, count, request]);
  return (
    <div className="list-scroll" ref={scrollRef} role="listbox" aria-label="Documents">
      <div className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((it) => {
          const d = rows.rowAt(it.index);
          const style = { transform: `translateY(${it.start}px)`, height: DOC_ROW_HEIGHT };
          if (!d)
            return (
              <div key={`pending-${it.index}`} className="virtual-item doc-row muted" style={style}>
                …
              </div>
            );
          return (
            <div key={d.id} className="virtual-item doc-item" style={style}>
              <input
                type="checkbox"
                className="doc-tick"
                aria-label={`Select ${d.title}`}
                checked={ticked.includes(d.id)}
                onChange={() => onTick(d)}
              />
              <button
                role="option"
                aria-selected={d.id === current}
                className={`doc-row${d.id === current ? ' selected' : ''}`}
                onClick={() => onOpen(d.id)}
              >
                <TypeIcon type="document" />
                <span className="doc-title">{d.title}</span>
                <span className="doc-meta muted">
                  {d.reliability ? `${d.reliability} · ` : ''}
                  {d.tlp} · {d.mimeType.split('/').at(-1)} · {formatDate(d.publishedAt ?? d.ingestedAt)} · {d.mentions}{' '}
                  mentions
                </span>
              </button>
            </div>
          );
        })}
      </div>
      {rows.total === 0 && <p className="muted empty">No documents match.</p>}
    </div>
  );
}
