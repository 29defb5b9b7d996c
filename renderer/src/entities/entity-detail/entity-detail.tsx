import { useState } from 'react';
import { propertySchemaFor } from '../../../../lib/properties/index.js';
import { EntityChip, TypeIcon } from '../../common/entity-chip.js';
import { deskAction } from '../../common/desk-action.js';
import { startEntityDrag } from '../../common/entity-drag.js';
import { plural } from '../../common/format.js';
import { useQuery } from '../../common/use-query.js';
import { LinkForm } from '../../links/link-form.js';
import { CitedPassages, HistoryList } from '../../shell/inspector-lists.js';
import { useShell } from '../../shell/shell-context.js';
import { setEntityStatus } from '../entity-actions.js';
import { AliasesEditor } from './aliases-editor.js';
import { EntityTypeSelect } from './entity-type-select.js';
import { NotesEditor } from './notes-editor.js';
import { PropertiesForm } from './properties-form.js';
import { linkTypeLabel } from '../../../../lib/vocabulary/event-types.js';

/**
 * The inspector's entity panel: name (double-click or Rename), type, status, other names,
 * typed properties, notes, links (with New link…), passages and history; Delete at the foot.
 */
export function EntityDetail({ id }: { id: string }) {
  const shell = useShell();
  const { data: e, error } = useQuery(() => shell.client.call('entities:get', { id }), id);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const readOnly = shell.summary?.readOnly ?? true;
  if (error) return <p className="error-text">{error}</p>;
  if (!e || e.id !== id) return <p className="muted empty">Loading…</p>;
  const edit = (patch: { label?: string; type?: string; notes?: string }) =>
    deskAction(shell, shell.client.call('entities:edit', { id, ...patch }));
  return (
    <div className="inspector-body entity-detail">
      <header
        className="inspector-head"
        draggable={renaming === null}
        onDragStart={(ev) => startEntityDrag(ev, { id: e.id, label: e.label, type: e.type })}
        title="Drag onto the chart to place it there"
      >
        <TypeIcon type={e.type} size={20} />
        {renaming === null ? (
          <h2 onDoubleClick={() => !readOnly && setRenaming(e.label)} title="Double-click to rename">
            {e.label}
          </h2>
        ) : (
          <form
            className="rename"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (renaming.trim() && renaming.trim() !== e.label) void edit({ label: renaming.trim() });
              setRenaming(null);
            }}
          >
            <input
              autoFocus
              aria-label="Name"
              value={renaming}
              onChange={(ev) => setRenaming(ev.target.value)}
              onBlur={() => setRenaming(null)}
              onKeyDown={(ev) => ev.key === 'Escape' && setRenaming(null)}
            />
          </form>
        )}
      </header>
      <p className="inspector-meta">
        <EntityTypeSelect value={e.type} disabled={readOnly} onChange={(type) => void edit({ type })} />
        <span className={`status status-${e.status}`}>{e.status}</span>
      </p>
      <p className="inspector-meta muted">
        {plural(e.mentions, 'mention')} in {plural(e.documents, 'document')} · {plural(e.linkList.length, 'link')}
      </p>
      <div className="button-row">
        {e.status !== 'confirmed' && (
          <button disabled={readOnly} onClick={() => setEntityStatus(shell, [e.id], 'confirmed')}>
            Confirm
          </button>
        )}
        {e.status !== 'rejected' && (
          <button disabled={readOnly} onClick={() => setEntityStatus(shell, [e.id], 'rejected')}>
            Reject
          </button>
        )}
        <button disabled={readOnly} onClick={() => setRenaming(e.label)}>
          Rename
        </button>
        <button disabled={readOnly} onClick={() => setLinking(true)}>
          New link…
        </button>
      </div>
      <section>
        <h3>Also known as</h3>
        <AliasesEditor entityId={e.id} aliases={e.aliases} readOnly={readOnly} />
      </section>
      <section>
        <h3>Properties</h3>
        <PropertiesForm
          key={`${e.id}:${e.type}:${JSON.stringify(e.properties)}`}
          entityId={e.id}
          type={e.type}
          stored={e.properties}
          readOnly={readOnly}
        />
        <OtherProperties properties={e.properties} type={e.type} />
      </section>
      <section>
        <h3>Notes</h3>
        <NotesEditor key={e.id} notes={e.notes} readOnly={readOnly} onSave={(notes) => edit({ notes })} />
      </section>
      <section>
        <h3>Links ({e.linkList.length})</h3>
        {e.linkList.length === 0 && <p className="muted">No links yet.</p>}
        <ul className="link-list">
          {e.linkList.map((l) => (
            <li key={l.id}>
              <button
                className="link-button link-type"
                title="Show this link and its passages"
                onClick={() => shell.select({ kind: 'link', id: l.id })}
              >
                {l.outgoing ? '→' : '←'} {linkTypeLabel(l.type)}
              </button>
              <EntityChip
                type={l.otherType}
                label={l.otherLabel}
                status={l.status === 'suggested' ? 'suggested' : undefined}
                onClick={() => shell.select({ kind: 'entity', id: l.otherId })}
              />
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
      {!readOnly && (
        <div className="button-row danger-zone">
          <button
            className="danger"
            onClick={async () => {
              if (await deskAction(shell, shell.client.call('entities:delete', { id: e.id }))) shell.select(null);
            }}
          >
            Delete entity
          </button>
        </div>
      )}
      {linking && <LinkForm source={{ id: e.id, label: e.label, type: e.type }} onClose={() => setLinking(false)} />}
    </div>
  );
}

/** Properties that are not typed fields (from extraction, imports, merges), shown read-only. */
function OtherProperties({ properties, type }: { properties: Record<string, unknown>; type: string }) {
  const hidden = new Set(['origin', 'splitFrom', ...propertySchemaFor(type).map((s) => s.name)]);
  const rest = Object.entries(properties).filter(([k]) => !hidden.has(k));
  if (!rest.length) return null;
  return (
    <table className="kv other-properties">
      <tbody>
        {rest.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{typeof v === 'string' ? v : JSON.stringify(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
