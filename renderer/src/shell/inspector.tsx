import { EntityChip, TlpBadge, TypeIcon } from '../common/entity-chip.js';
import { capitalise, formatBytes, formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { documentDateLabel } from '../documents/reader-segments.js';
import { linkTypeLabel } from '../../../lib/vocabulary/event-types.js';
import { CREDIBILITY_LABELS } from '../../../lib/vocabulary/index.js';
import { EntityDetail } from '../entities/entity-detail/entity-detail.js';
import { EventActions, LinkActions } from './inspector-actions.js';
import { CitedPassages, HistoryList } from './inspector-lists.js';
import { useShell } from './shell-context.js';

/** The selected thing, wherever it was selected: the same panel for every view. */
export function Inspector() {
  const { selection } = useShell();
  return (
    <aside className="inspector" aria-label="Inspector">
      {!selection && <CaseOverview />}
      {selection?.kind === 'entity' && <EntityDetail id={selection.id} />}
      {selection?.kind === 'document' && <DocumentInspector id={selection.id} />}
      {selection?.kind === 'link' && <LinkInspector id={selection.id} />}
      {selection?.kind === 'event' && <EventInspector id={selection.id} />}
    </aside>
  );
}

function DocumentInspector({ id }: { id: string }) {
  const { client } = useShell();
  // `documents:open` carries the counts without the mention list (3.8 MB for a 1 MB document).
  const { data: d, error } = useQuery(() => client.call('documents:open', { id }), id);
  if (error) return <p className="error-text">{error}</p>;
  if (!d) return <p className="muted empty">Loading…</p>;
  const types = Object.entries(d.mentionsByType);
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <TypeIcon type="document" size={20} />
        <h2>{d.title}</h2>
      </header>
      <p className="inspector-meta">
        <TlpBadge tlp={d.tlp} /> {d.reliability && <span className="badge">{d.reliability}</span>}
      </p>
      <table className="kv">
        <tbody>
          <tr>
            <th>Type</th>
            <td>{d.mimeType}</td>
          </tr>
          <tr>
            <th>Size</th>
            <td>{formatBytes(d.size)}</td>
          </tr>
          <tr>
            <th>{capitalise(documentDateLabel(d.mimeType, d.properties))}</th>
            <td>{formatDate(d.publishedAt)}</td>
          </tr>
          <tr>
            <th>Imported</th>
            <td>{formatDate(d.ingestedAt)}</td>
          </tr>
          <tr>
            <th>Source</th>
            <td className="wrap">{d.sourceUri.split(/[\\/]/).at(-1)}</td>
          </tr>
        </tbody>
      </table>
      <section>
        <h3>Mentions</h3>
        <p>
          {types.map(([t, n]) => (
            <span key={t} className="count-chip">
              <TypeIcon type={t} size={12} /> {n}
            </span>
          ))}
        </p>
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
      <p className="inspector-meta">
        <TlpBadge tlp={summary.tlp} />
      </p>
      {summary.description && <p>{summary.description}</p>}
      <table className="kv">
        <tbody>
          <tr>
            <th>Documents</th>
            <td>{c.documents}</td>
          </tr>
          <tr>
            <th>Entities</th>
            <td>
              {c.entities}
              {suggested.data ? ` (${suggested.data.total} to review)` : ''}
            </td>
          </tr>
          <tr>
            <th>Links</th>
            <td>{c.links}</td>
          </tr>
          <tr>
            <th>Events</th>
            <td>{c.events}</td>
          </tr>
          <tr>
            <th>File</th>
            <td className="wrap">{summary.path}</td>
          </tr>
        </tbody>
      </table>
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
        <h2>{linkTypeLabel(l.type)}</h2>
      </header>
      <p className="inspector-meta link-ends">
        <EntityChip
          type={l.source.type}
          label={l.source.label}
          onClick={() => shell.select({ kind: 'entity', id: l.source.id })}
        />
        <span className="muted">{l.directed ? '→' : '—'}</span>
        <EntityChip
          type={l.target.type}
          label={l.target.label}
          onClick={() => shell.select({ kind: 'entity', id: l.target.id })}
        />
      </p>
      <p className="inspector-meta">
        <span className={`status status-${l.status}`}>{l.status}</span> · confidence {Math.round(l.confidence * 100)}%
        {l.credibility !== null && (
          <>
            {' '}
            · <span title={CREDIBILITY_LABELS[l.credibility - 1]}>credibility {l.credibility}</span>
          </>
        )}
        {l.firstSeen && (
          <>
            {' '}
            · seen {formatDate(l.firstSeen)}
            {l.lastSeen && l.lastSeen !== l.firstSeen ? `–${formatDate(l.lastSeen)}` : ''}
          </>
        )}
      </p>
      <LinkActions id={l.id} status={l.status} />
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
  const when = ev.startAt
    ? `${formatDate(ev.startAt)}${ev.endAt && ev.endAt !== ev.startAt ? ` – ${formatDate(ev.endAt)}` : ''}`
    : 'date unknown';
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <TypeIcon type="event" size={20} />
        <h2>{ev.title}</h2>
      </header>
      <p className="inspector-meta">
        <span className={`status status-${ev.status}`}>{ev.status}</span> · {when}
        {ev.datePrecision !== 'day' && ev.startAt ? ` (${ev.datePrecision})` : ''}
      </p>
      {ev.location && (
        <p className="inspector-meta">
          <span className="muted">at</span>{' '}
          <EntityChip
            type={ev.location.type}
            label={ev.location.label}
            onClick={() => shell.select({ kind: 'entity', id: ev.location!.id })}
          />
        </p>
      )}
      {ev.description && <p>{ev.description}</p>}
      <EventActions id={ev.id} status={ev.status} />
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
