import { useEffect, useState } from 'react';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchResults } from '../../../preload/contract.js';
import { EntityChip, TypeIcon } from '../common/entity-chip.js';
import { snippetParts } from '../common/format.js';
import { useShell } from '../shell/shell-context.js';

/** Full-text search over documents (with snippets) and entity names. */
export function SearchView() {
  const shell = useShell();
  const [text, setText] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    const t = setTimeout(() => {
      shell.client.call('search:query', { text }).then(
        (r) => { if (live) { setResults(r); setError(null); } },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, shell.client, shell.revision]);

  const shown = text.trim() ? results : null;
  // Opens the reader scrolled to where the words occur, highlighted.
  const openAtHit = async (documentId: string) => {
    const range = await shell.client.call('documents:find-text', { id: documentId, text }).catch(() => null);
    shell.setView('documents');
    shell.select({ kind: 'document', id: documentId, ...(range ? { range } : {}) });
  };
  return (
    <div className="search-view">
      <div className="toolbar">
        <input className="filter big" autoFocus placeholder="Search documents and names…" value={text} onChange={(e) => setText(e.target.value)} aria-label="Search" />
      </div>
      {error && <p className="error-text">{error}</p>}
      {shown && (
        <div className="search-results">
          <section>
            <h3>Names ({shown.entities.length})</h3>
            <div className="chip-cloud">
              {shown.entities.map((e) => (
                <EntityChip key={e.entityId} type={e.type} label={e.matched === e.label ? e.label : `${e.label} (${e.matched})`} onClick={() => shell.select({ kind: 'entity', id: e.entityId })} />
              ))}
            </div>
          </section>
          <section>
            <h3>Documents ({shown.documents.length})</h3>
            <ul className="hits">
              {shown.documents.map((d) => (
                <li key={d.documentId}>
                  <button className="hit" onClick={() => void openAtHit(d.documentId)}>
                    <span className="hit-title"><TypeIcon type="document" /> {d.title}</span>
                    <span className="hit-snippet">
                      {snippetParts(d.snippet, SNIPPET_OPEN, SNIPPET_CLOSE).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
      {!shown && !error && <p className="muted empty">Type to search every document's text and every entity name and alias. Words match as prefixes.</p>}
    </div>
  );
}
