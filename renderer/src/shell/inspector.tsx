import { useState } from 'react';
import { EntityChip, TlpBadge, TypeIcon } from '../common/entity-chip.js';
import { formatBytes, formatDate, plural } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { entityStyle } from '../entity-types.js';
import { renameEntity, setEntityStatus } from '../entities/entity-actions.js';
import { CitedPassages, HistoryList } from './inspector-lists.js';
import { startEntityDrag } from '../common/entity-drag.js';
import { useShell } from './shell-context.js';

/** The selected thing, wherever it was selected: the same panel for every view. */
export function Inspector() {
  const { selection } = useShell();
  return (
    <aside className="inspector" aria-label="Inspector">
      {!selection && <CaseOverview />}
      {selection?.kind === 'entity' && <EntityInspector id={selection.id} />}
      {selection?.kind === 'document' && <DocumentInspector id={selection.id} />}
      {selection?.kind === 'link' && <LinkInspector id={selection.id} />}
      {selection?.kind === 'event' && <EventInspector id={selection.id} />}
    </aside>
  );
}

function EntityInspector({ id }: { id: string }) {
  const shell = useShell();
  const { data: e, error } = useQuery(() => shell.client.call('entities:get', { id }), id);
  const [renaming, setRenaming] = useState<string | null>(null);
  if (error) return <p className="error-text">{error}</p>;
  if (!e) return <p className="muted empty">Loading…</p>;
  const style = entityStyle(e.type);
  return (
    <div className="inspector-body">
      <header className="inspector-head" draggable={renaming === null} onDragStart={(ev) => startEntityDrag(ev, { id: e.id, label: e.label, type: e.type })} title="Drag onto the chart to place it there">
        <TypeIcon type={e.type} size={20} />
        {renaming === null ? (
          <h2 onDoubleClick={() => setRenaming(e.label)} title="Double-click to rename">{e.label}</h2>
        ) : (
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              if (renaming.trim() && renaming !== e.label) void renameEntity(shell, e.id, renaming.trim());
              setRenaming(null);
            }}
          >
            <input autoFocus value={renaming} onChange={(ev) => setRenaming(ev.target.value)} onBlur={() => setRenaming(null)} />
          </form>
        )}
      </header>
      <p className="inspector-meta">
        <span className="muted">{style.label}</span> · <span className={`status status-${e.status}`}>{e.status}</span>
      </p>
      <p className="inspector-meta muted">
        {plural(e.mentions, 'mention')} in {plural(e.documents, 'document')} · {plural(e.linkList.length, 'link')}
      </p>
      <div className="button-row">
        {e.status !== 'confirmed' && <button onClick={() => setEntityStatus(shell, [e.id], 'confirmed')}>Confirm</button>}
        {e.status !== 'rejected' && <button onClick={() => setEntityStatus(shell, [e.id], 'rejected')}>Reject</button>}
        <button onClick={() => setRenaming(e.label)}>Rename</button>
      </div>
      {e.aliases.length > 0 && (
        <section>
          <h3>Also known as</h3>
          <p>{e.aliases.join(' · ')}</p>
        </section>
      )}
      {Object.keys(e.properties).length > 0 && (
        <section>
          <h3>Properties</h3>
          <table className="kv"><tbody>
            {Object.entries(e.properties).map(([k, v]) => <tr key={k}><th>{k}</th><td>{typeof v === 'string' ? v : JSON.stringify(v)}</td></tr>)}
          </tbody></table>
        </section>
      )}
      <section>
        <h3>Links ({e.linkList.length})</h3>
        {e.linkList.length === 0 && <p className="muted">No links yet.</p>}
        <ul className="link-list">
          {e.linkList.map((l) => (
            <li key={l.id}>
              <button className="link-button link-type" title="Show this link and its passages" onClick={() => shell.select({ kind: 'link', id: l.id })}>
                {l.outgoing ? '→' : '←'} {l.type}
              </button>
              <EntityChip type={l.otherType} label={l.otherLabel} onClick={() => shell.select({ kind: 'entity', id: l.otherId })} />
              <span className="muted small">{Math.round(l.confidence * 100)}%</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Passages ({e.citations.length})</h3>
        <CitedPassages citations={e.citations} />
      </section>
      <section>
        <h3>History</h3>
        <HistoryList history={e.history} />
      </section>
    </div>
  );
}

function DocumentInspector({ id }: { id: string }) {
  const { client } = useShell();
  const { data: d, error } = useQuery(() => client.call('documents:get', { id }), id);
  if (error) return <p className="error-text">{error}</p>;
  if (!d) return <p className="muted empty">Loading…</p>;
  const types = new Map<string, number>();
  for (const m of d.mentionList) if (m.status !== 'rejected') types.set(m.entityType, (types.get(m.entityType) ?? 0) + 1);
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <TypeIcon type="document" size={20} />
        <h2>{d.title}</h2>
      </header>
      <p className="inspector-meta"><TlpBadge tlp={d.tlp} /> {d.reliability && <span className="badge">{d.reliability}</span>}</p>
      <table className="kv"><tbody>
        <tr><th>Type</th><td>{d.mimeType}</td></tr>
        <tr><th>Size</th><td>{formatBytes(d.size)}</td></tr>
        <tr><th>Published</th><td>{formatDate(d.publishedAt)}</td></tr>
        <tr><th>Imported</th><td>{formatDate(d.ingestedAt)}</td></tr>
        <tr><th>Source</th><td className="wrap">{d.sourceUri.split(/[\\/]/).at(-1)}</td></tr>
      </tbody></table>
      <section>
        <h3>Mentions</h3>
        <p>{[...types].map(([t, n]) => <span key={t} className="count-chip"><TypeIcon type={t} size={12} /> {n}</span>)}</p>
      </section>
    </div>
  );
}

/** With nothing selected: what the case is, and what is waiting for review. */
function CaseOverview() {
  const { summary, client } = useShell();
  const suggested = useQuery(() => client.call('entities:list', { status: 'suggested', limit: 1 }), 'suggested');
  if (!summary) return null;
  const c = summary.counts;
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <h2>{summary.title}</h2>
      </header>
      <p className="inspector-meta"><TlpBadge tlp={summary.tlp} /></p>
      {summary.description && <p>{summary.description}</p>}
      <table className="kv"><tbody>
        <tr><th>Documents</th><td>{c.documents}</td></tr>
        <tr><th>Entities</th><td>{c.entities}{suggested.data ? ` (${suggested.data.total} to review)` : ''}</td></tr>
        <tr><th>Links</th><td>{c.links}</td></tr>
        <tr><th>Events</th><td>{c.events}</td></tr>
        <tr><th>File</th><td className="wrap">{summary.path}</td></tr>
      </tbody></table>
      <p className="muted small">Select a document, an entity or a passage to see its details here.</p>
    </div>
  );
}

/** A link: its ends, how sure we are, and the passages that say so, each with its source's grade. */
function LinkInspector({ id }: { id: string }) {
  const shell = useShell();
  const { data: l, error } = useQuery(() => shell.client.call('entities:get-link', { id }), id);
  if (error) return <p className="error-text">{error}</p>;
  if (!l) return <p className="muted empty">Loading…</p>;
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <h2>{l.type}</h2>
      </header>
      <p className="inspector-meta link-ends">
        <EntityChip type={l.source.type} label={l.source.label} onClick={() => shell.select({ kind: 'entity', id: l.source.id })} />
        <span className="muted">{l.directed ? '→' : '—'}</span>
        <EntityChip type={l.target.type} label={l.target.label} onClick={() => shell.select({ kind: 'entity', id: l.target.id })} />
      </p>
      <p className="inspector-meta">
        <span className={`status status-${l.status}`}>{l.status}</span> · confidence {Math.round(l.confidence * 100)}%
        {l.firstSeen && <> · seen {formatDate(l.firstSeen)}{l.lastSeen && l.lastSeen !== l.firstSeen ? `–${formatDate(l.lastSeen)}` : ''}</>}
      </p>
      <section>
        <h3>Why we believe this ({l.citations.length})</h3>
        {l.citations.length === 0 && <p className="muted">No passage is cited for this link yet.</p>}
        <CitedPassages citations={l.citations} />
      </section>
      <section>
        <h3>History</h3>
        <HistoryList history={l.history} />
      </section>
    </div>
  );
}

/** An event: when (and how precisely), where, who took part, and where it was read. */
function EventInspector({ id }: { id: string }) {
  const shell = useShell();
  const { data: ev, error } = useQuery(() => shell.client.call('entities:get-event', { id }), id);
  if (error) return <p className="error-text">{error}</p>;
  if (!ev) return <p className="muted empty">Loading…</p>;
  const when = ev.startAt ? `${formatDate(ev.startAt)}${ev.endAt && ev.endAt !== ev.startAt ? ` – ${formatDate(ev.endAt)}` : ''}` : 'date unknown';
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <TypeIcon type="event" size={20} />
        <h2>{ev.title}</h2>
      </header>
      <p className="inspector-meta">
        <span className={`status status-${ev.status}`}>{ev.status}</span> · {when}{ev.datePrecision !== 'day' && ev.startAt ? ` (${ev.datePrecision})` : ''}
      </p>
      {ev.location && (
        <p className="inspector-meta"><span className="muted">at</span> <EntityChip type={ev.location.type} label={ev.location.label} onClick={() => shell.select({ kind: 'entity', id: ev.location!.id })} /></p>
      )}
      {ev.description && <p>{ev.description}</p>}
      <section>
        <h3>Taking part ({ev.participants.length})</h3>
        <ul className="link-list">
          {ev.participants.map((p) => (
            <li key={`${p.id}-${p.role}`}>
              <EntityChip type={p.type} label={p.label} onClick={() => shell.select({ kind: 'entity', id: p.id })} />
              {p.role && <span className="muted small">{p.role}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Read from ({ev.citations.length})</h3>
        <CitedPassages citations={ev.citations} />
      </section>
    </div>
  );
}
