import { useState } from 'react';
import type { Status } from '../../../lib/vocabulary/index.js';
import type { EntityRow } from '../../../preload/contract.js';
import { EntityChip, TypeIcon } from '../common/entity-chip.js';
import { useDebouncedValue, usePagedRows } from '../common/use-paged-rows.js';
import { type Column, VirtualTable } from '../common/virtual-table.js';
import { ENTITY_TYPES, entityStyle } from '../entity-types.js';
import { startEntityDrag } from '../common/entity-drag.js';
import { useActionHandler } from '../shell/shell-actions.js';
import { useShell } from '../shell/shell-context.js';
import { EntityDeskButtons } from './desk-buttons.js';
import { mergeEntities, renameEntity, setEntityStatus } from './entity-actions.js';

type StatusFilter = 'all' | Status;

type EntitySort = 'mentions' | 'documents' | 'links' | 'label' | 'type' | 'status';

/**
 * Every entity of the case, filterable by type, status and name, with the review actions. The
 * case sorts, filters and pages; the table holds only the rows in view, so it scrolls to the
 * last of 50,000 entities like to the tenth.
 */
export function EntitiesView() {
  const shell = useShell();
  const [type, setType] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ by: EntitySort; dir: 'asc' | 'desc' }>({ by: 'mentions', dir: 'desc' });
  const [checked, setChecked] = useState<{ id: string; label: string; type: string }[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  const text = useDebouncedValue(query.trim(), 200);
  const filter = { ...(type ? { type } : {}), ...(status !== 'all' ? { status } : {}), ...(text ? { text } : {}) };
  const rows = usePagedRows<EntityRow>(
    (offset, limit) => shell.client.call('entities:list', { offset, limit, sort, filter }),
    JSON.stringify([filter, sort]),
  );
  const isChecked = (id: string) => checked.some((c) => c.id === id);
  const toggle = (r: EntityRow) =>
    setChecked((c) =>
      isChecked(r.id) ? c.filter((x) => x.id !== r.id) : [...c, { id: r.id, label: r.label, type: r.type }],
    );
  const ids = checked.map((c) => c.id);
  const readOnly = shell.summary?.readOnly ?? true;
  const survivor = checked[0];
  const mergeChecked = () => mergeEntities(shell, ids[0]!, ids.slice(1)).then((r) => r && setChecked([]));
  useActionHandler(
    shell.actions,
    'merge-selected',
    !readOnly && checked.length >= 2
      ? { label: `Merge ${checked.length} selected into “${survivor?.label ?? '…'}”`, run: () => void mergeChecked() }
      : null,
  );

  const columns: Column<EntityRow, EntitySort>[] = [
    {
      title: '',
      className: 'col-check',
      cell: (r) => (
        <input
          type="checkbox"
          checked={isChecked(r.id)}
          onClick={(e) => e.stopPropagation()}
          onChange={() => toggle(r)}
          aria-label={`Select ${r.label}`}
        />
      ),
    },
    {
      title: 'Name',
      sort: { by: 'label', firstDir: 'asc' },
      cell: (r) => (
        <span onDoubleClick={() => !readOnly && setRenaming({ id: r.id, label: r.label })}>
          {renaming?.id === r.id ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (renaming.label.trim() && renaming.label !== r.label)
                  void renameEntity(shell, r.id, renaming.label.trim());
                setRenaming(null);
              }}
            >
              <input
                autoFocus
                value={renaming.label}
                onClick={(e) => e.stopPropagation()}
                onChange={(e) => setRenaming({ id: r.id, label: e.target.value })}
                onBlur={() => setRenaming(null)}
              />
            </form>
          ) : (
            <EntityChip type={r.type} label={r.label} status={r.status} />
          )}
        </span>
      ),
    },
    {
      title: 'Type',
      className: 'muted',
      sort: { by: 'type', firstDir: 'asc' },
      cell: (r) => entityStyle(r.type).label,
    },
    {
      title: 'Status',
      sort: { by: 'status', firstDir: 'asc' },
      cell: (r) => <span className={`status status-${r.status}`}>{r.status}</span>,
    },
    { title: 'Mentions', className: 'num', sort: { by: 'mentions', firstDir: 'desc' }, cell: (r) => r.mentions },
    { title: 'Documents', className: 'num', sort: { by: 'documents', firstDir: 'desc' }, cell: (r) => r.documents },
    { title: 'Links', className: 'num', sort: { by: 'links', firstDir: 'desc' }, cell: (r) => r.links },
  ];

  return (
    <div className="entities-view">
      <div className="toolbar">
        <input
          className="filter"
          placeholder="Filter by name…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Filter entities"
        />
        <div className="type-filters">
          <button className={`chip-toggle${type === null ? ' on' : ''}`} onClick={() => setType(null)}>
            All types
          </button>
          {ENTITY_TYPES.map((t) => (
            <button
              key={t.type}
              className={`chip-toggle${type === t.type ? ' on' : ''}`}
              onClick={() => setType(type === t.type ? null : t.type)}
            >
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
        <EntityDeskButtons checked={ids} labelOf={(id) => checked.find((c) => c.id === id)} />
      </div>
      {checked.length > 0 && (
        <div className="selection-bar">
          <span>{checked.length} selected</span>
          <button
            disabled={readOnly}
            onClick={() => setEntityStatus(shell, ids, 'confirmed').then(() => setChecked([]))}
          >
            Confirm
          </button>
          <button
            disabled={readOnly}
            onClick={() => setEntityStatus(shell, ids, 'rejected').then(() => setChecked([]))}
          >
            Reject
          </button>
          <button
            disabled={readOnly || checked.length < 2}
            title="Merge the selected entities into the first one you selected"
            onClick={() => void mergeChecked()}
          >
            Merge into “{survivor?.label ?? '…'}”
          </button>
          <button className="link-button" onClick={() => setChecked([])}>
            Clear
          </button>
        </div>
      )}
      <VirtualTable
        label="Entities"
        columns={columns}
        rows={rows}
        sort={sort}
        onSort={setSort}
        rowClassName={(r) => (shell.selection?.id === r.id ? 'selected' : undefined)}
        onRowClick={(r) => shell.select({ kind: 'entity', id: r.id })}
        onRowDragStart={(r, e) => startEntityDrag(e, { id: r.id, label: r.label, type: r.type })}
        empty={<p className="muted empty">No entities match.</p>}
      />
      <div className="pane-foot muted small">
        {rows.total === null
          ? 'Loading…'
          : `${rows.total.toLocaleString()} ${rows.total === 1 ? 'entity' : 'entities'}`}{' '}
        · double-click a name to rename · tick two or more to merge
      </div>
    </div>
  );
}
