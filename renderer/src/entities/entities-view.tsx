import { useState } from 'react';
import type { Status } from '../../../lib/vocabulary/index.js';
import { EntityChip, TypeIcon } from '../common/entity-chip.js';
import { useQuery } from '../common/use-query.js';
import { ENTITY_TYPES, entityStyle } from '../entity-types.js';
import { startEntityDrag } from '../common/entity-drag.js';
import { useActionHandler } from '../shell/shell-actions.js';
import { useShell } from '../shell/shell-context.js';
import { EntityDeskButtons } from './desk-buttons.js';
import { mergeEntities, renameEntity, setEntityStatus } from './entity-actions.js';

type StatusFilter = 'all' | Status;

/** Every entity of the case, filterable by type and status, with the review actions. */
export function EntitiesView() {
  const shell = useShell();
  const [type, setType] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  const key = `${type}|${status}|${query}`;
  const list = useQuery(
    () => shell.client.call('entities:list', {
      limit: 1000,
      ...(type ? { type } : {}),
      ...(status !== 'all' ? { status } : {}),
      ...(query.trim() ? { query: query.trim() } : {}),
    }),
    key,
  );
  const rows = list.data?.rows ?? [];
  const present = new Set(rows.map((r) => r.type));
  const toggle = (id: string) => setChecked((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const readOnly = shell.summary?.readOnly ?? true;
  const survivor = rows.find((r) => r.id === checked[0]);
  const mergeChecked = () => mergeEntities(shell, checked[0]!, checked.slice(1)).then((r) => r && setChecked([]));
  useActionHandler(shell.actions, 'merge-selected', !readOnly && checked.length >= 2
    ? { label: `Merge ${checked.length} selected into “${survivor?.label ?? '…'}”`, run: () => void mergeChecked() }
    : null);

  return (
    <div className="entities-view">
      <div className="toolbar">
        <input className="filter" placeholder="Filter by name…" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter entities" />
        <div className="type-filters">
          <button className={`chip-toggle${type === null ? ' on' : ''}`} onClick={() => setType(null)}>All types</button>
          {ENTITY_TYPES.filter((t) => present.has(t.type) || t.type === type).map((t) => (
            <button key={t.type} className={`chip-toggle${type === t.type ? ' on' : ''}`} onClick={() => setType(type === t.type ? null : t.type)}>
              <TypeIcon type={t.type} size={12} /> {t.label}
            </button>
          ))}
        </div>
        <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} aria-label="Status">
          <option value="all">Suggested and confirmed</option>
          <option value="suggested">Suggested only</option>
          <option value="confirmed">Confirmed only</option>
          <option value="rejected">Rejected</option>
        </select>
        <EntityDeskButtons checked={checked} labelOf={(id) => rows.find((r) => r.id === id)} />
      </div>
      {checked.length > 0 && (
        <div className="selection-bar">
          <span>{checked.length} selected</span>
          <button disabled={readOnly} onClick={() => setEntityStatus(shell, checked, 'confirmed').then(() => setChecked([]))}>Confirm</button>
          <button disabled={readOnly} onClick={() => setEntityStatus(shell, checked, 'rejected').then(() => setChecked([]))}>Reject</button>
          <button
            disabled={readOnly || checked.length < 2}
            title="Merge the selected entities into the first one you selected"
            onClick={() => void mergeChecked()}
          >
            Merge into “{survivor?.label ?? '…'}”
          </button>
          <button className="link-button" onClick={() => setChecked([])}>Clear</button>
        </div>
      )}
      <div className="table-wrap">
        <table className="grid" aria-label="Entities">
          <thead>
            <tr><th className="col-check" /><th>Name</th><th>Type</th><th>Status</th><th className="num">Mentions</th><th className="num">Documents</th><th className="num">Links</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                className={shell.selection?.id === r.id ? 'selected' : undefined}
                onClick={() => shell.select({ kind: 'entity', id: r.id })}
                draggable
                onDragStart={(e) => startEntityDrag(e, { id: r.id, label: r.label, type: r.type })}
              >
                <td className="col-check" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" checked={checked.includes(r.id)} onChange={() => toggle(r.id)} aria-label={`Select ${r.label}`} />
                </td>
                <td onDoubleClick={() => !readOnly && setRenaming({ id: r.id, label: r.label })}>
                  {renaming?.id === r.id ? (
                    <form onSubmit={(e) => { e.preventDefault(); if (renaming.label.trim() && renaming.label !== r.label) void renameEntity(shell, r.id, renaming.label.trim()); setRenaming(null); }}>
                      <input autoFocus value={renaming.label} onChange={(e) => setRenaming({ id: r.id, label: e.target.value })} onBlur={() => setRenaming(null)} />
                    </form>
                  ) : (
                    <EntityChip type={r.type} label={r.label} status={r.status} />
                  )}
                </td>
                <td className="muted">{entityStyle(r.type).label}</td>
                <td><span className={`status status-${r.status}`}>{r.status}</span></td>
                <td className="num">{r.mentions}</td>
                <td className="num">{r.documents}</td>
                <td className="num">{r.links}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && rows.length === 0 && <p className="muted empty">No entities match.</p>}
      </div>
      <div className="pane-foot muted small">
        {list.data ? `${list.data.total} entities` : 'Loading…'} · double-click a name to rename · tick two or more to merge
      </div>
    </div>
  );
}
