import { useState } from 'react';
import { TypeIcon } from '../common/entity-chip.js';
import { formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';
import { MarkingPickers } from './document-marking.js';
import { Reader } from './reader.js';

/** The case's documents on the left, the open one in the reader on the right. */
export function DocumentsView() {
  const shell = useShell();
  const { client, selection, select, summary, openImport } = shell;
  const list = useQuery(() => client.call('documents:list', { limit: 1000 }), 'documents');
  // Mounted by a search hit or a cited passage: open at the selected document and passage.
  const [docId, setDocId] = useState<string | null>(selection?.kind === 'document' ? selection.id : null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(selection?.kind === 'document' ? (selection.range ?? null) : null);
  const [ticked, setTicked] = useState<string[]>([]);
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

  const rows = list.data?.rows ?? [];
  const current = docId ?? rows[0]?.id ?? null;

  if (list.data && rows.length === 0) {
    return (
      <div className="empty-state">
        <h2>No documents yet</h2>
        <p className="muted">Import reports, e-mails, web pages, PDFs or spreadsheets. Dossier reads them and suggests the people, organisations and places they mention.</p>
        <p>
          <button className="primary" disabled={summary?.readOnly} onClick={() => openImport()}>Import documents…</button>
        </p>
        <p className="muted small">Or drop files anywhere on this window.</p>
      </div>
    );
  }

  return (
    <div className="split">
      <div className="list-pane" role="listbox" aria-label="Documents">
        <div className="pane-head">
          <span>{list.data ? `${list.data.total} documents` : 'Loading…'}</span>
        </div>
        {ticked.length > 0 && (
          <div className="selection-bar doc-marking" aria-label="Mark selected documents">
            <span>{ticked.length} selected</span>
            <MarkingPickers
              ids={ticked}
              reliability={sameOf(rows.filter((d) => ticked.includes(d.id)).map((d) => d.reliability))}
              tlp={sameOf(rows.filter((d) => ticked.includes(d.id)).map((d) => d.tlp))}
              disabled={summary?.readOnly}
            />
            <button className="link-button" onClick={() => setTicked([])}>Clear</button>
          </div>
        )}
        {rows.map((d) => (
          <div key={d.id} className="doc-item">
          <input
            type="checkbox"
            className="doc-tick"
            aria-label={`Select ${d.title}`}
            checked={ticked.includes(d.id)}
            onChange={() => setTicked((t) => (t.includes(d.id) ? t.filter((x) => x !== d.id) : [...t, d.id]))}
          />
          <button
            role="option"
            aria-selected={d.id === current}
            className={`doc-row${d.id === current ? ' selected' : ''}`}
            onClick={() => {
              setDocId(d.id);
              setRange(null);
              select({ kind: 'document', id: d.id });
            }}
          >
            <TypeIcon type="document" />
            <span className="doc-title">{d.title}</span>
            <span className="doc-meta muted">{d.reliability ? `${d.reliability} · ` : ''}{d.tlp} · {d.mimeType.split('/').at(-1)} · {formatDate(d.publishedAt ?? d.ingestedAt)} · {d.mentions} mentions</span>
          </button>
          </div>
        ))}
      </div>
      <div className="reader-pane">{current ? <Reader key={current} id={current} focus={range} /> : null}</div>
    </div>
  );
}

/** The one value all of them share, or 'mixed'. */
function sameOf<T>(values: T[]): T | 'mixed' {
  return values.length && values.every((v) => v === values[0]) ? values[0]! : 'mixed';
}
