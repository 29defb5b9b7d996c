import { useState } from 'react';
import type { Status } from '../../../preload/contract/common.js';
import { deskAction } from '../common/desk-action.js';
import { TypeIcon } from '../common/entity-chip.js';
import { useQuery } from '../common/use-query.js';
import { deskHint } from '../shell/desk-actions.js';
import { useActionHandler } from '../shell/shell-actions.js';
import { useShell } from '../shell/shell-context.js';
import { EventForm } from './event-form.js';

type Filter = 'all' | Status;

/** The case's events: review suggested ones one by one or in bulk, create new ones. */
export function EventsView() {
  const shell = useShell();
  const [filter, setFilter] = useState<Filter>('suggested');
  const [checked, setChecked] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const list = useQuery(
    () => shell.client.call('events:list', filter === 'all' ? {} : { status: filter }),
    `events:${filter}`,
  );
  const rows = list.data?.rows ?? [];
  const readOnly = shell.summary?.readOnly ?? true;
  const setStatus = async (ids: string[], status: Status) => {
    if (await deskAction(shell, shell.client.call('events:set-status', { ids, status })))
      setChecked((c) => c.filter((x) => !ids.includes(x)));
  };
  useActionHandler(
    shell.actions,
    'new-event',
    readOnly ? null : { label: 'New event…', hint: deskHint('new-event'), run: () => setCreating(true) },
  );
  const allChecked = rows.length > 0 && rows.every((r) => checked.includes(r.id));
  return (
    <div className="entities-view events-view">
      <div className="toolbar">
        <select
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as Filter);
            setChecked([]);
          }}
          aria-label="Show events"
        >
          <option value="suggested">Suggested (to review)</option>
          <option value="confirmed">Confirmed</option>
          <option value="all">Suggested and confirmed</option>
          <option value="rejected">Rejected</option>
        </select>
        <button className="primary" disabled={readOnly} onClick={() => setCreating(true)}>
          New event…
        </button>
      </div>
      {checked.length > 0 && (
        <div className="selection-bar">
          <span>{checked.length} selected</span>
          <button disabled={readOnly} onClick={() => void setStatus(checked, 'confirmed')}>
            Confirm
          </button>
          <button disabled={readOnly} onClick={() => void setStatus(checked, 'rejected')}>
            Reject
          </button>
          <button className="link-button" onClick={() => setChecked([])}>
            Clear
          </button>
        </div>
      )}
      <div className="table-wrap">
        <table className="grid" aria-label="Events">
          <thead>
            <tr>
              <th className="col-check">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  checked={allChecked}
                  onChange={() => setChecked(allChecked ? [] : rows.map((r) => r.id))}
                />
              </th>
              <th>Event</th>
              <th>Type</th>
              <th>When</th>
              <th>Status</th>
              <th className="num">Taking part</th>
              <th className="num">Cited</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                className={shell.selection?.id === r.id ? 'selected' : undefined}
                onClick={() => shell.select({ kind: 'event', id: r.id })}
              >
                <td className="col-check" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${r.title}`}
                    checked={checked.includes(r.id)}
                    onChange={() => setChecked((c) => (c.includes(r.id) ? c.filter((x) => x !== r.id) : [...c, r.id]))}
                  />
                </td>
                <td>
                  <TypeIcon type="event" size={12} /> {r.title}
                </td>
                <td className="muted">{r.type || '—'}</td>
                <td className="muted">{r.startAt ?? '—'}</td>
                <td>
                  <span className={`status status-${r.status}`}>{r.status}</span>
                </td>
                <td className="num">{r.participants}</td>
                <td className="num">{r.citations}</td>
                <td className="row-actions" onClick={(e) => e.stopPropagation()}>
                  {r.status !== 'confirmed' && (
                    <button disabled={readOnly} onClick={() => void setStatus([r.id], 'confirmed')}>
                      Confirm
                    </button>
                  )}
                  {r.status !== 'rejected' && (
                    <button disabled={readOnly} onClick={() => void setStatus([r.id], 'rejected')}>
                      Reject
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && rows.length === 0 && (
          <p className="muted empty">
            {filter === 'suggested' ? 'No suggested events left to review.' : 'No events here.'}
          </p>
        )}
      </div>
      <div className="pane-foot muted small">
        {list.data ? `${list.data.total} events` : 'Loading…'} · tick several to confirm or reject them at once
      </div>
      {creating && <EventForm onClose={() => setCreating(false)} />}
    </div>
  );
}
