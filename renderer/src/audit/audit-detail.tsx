import type { AuditRecordChange } from '../../../preload/contract.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';

/** One audit entry's before/after, record by record and field by field. */
export function AuditDetailPanel({ seq, onClose }: { seq: number; onClose: () => void }) {
  const shell = useShell();
  const detail = useQuery(() => shell.client.call('audit:get', { seq }), String(seq));
  const d = detail.data;
  return (
    <aside className="audit-detail" aria-label="Audit entry">
      <header>
        <h3>{d?.row.title ?? 'Loading…'}</h3>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {d && (
        <p className="muted small">
          {new Date(d.row.at).toLocaleString('en-GB')} · {d.row.by ?? 'unknown'} · {d.changes.length + d.more} record
          change{d.changes.length + d.more === 1 ? '' : 's'}
          {d.row.undone ? ' · undone since' : ''}
        </p>
      )}
      {d && d.changes.length === 0 && <p className="muted">No record-level detail for this entry.</p>}
      <ul className="audit-changes">
        {d?.changes.map((c) => (
          <ChangeItem key={`${c.kind}:${c.id}`} change={c} />
        ))}
      </ul>
      {d && d.more > 0 && <p className="muted small">… and {d.more} more.</p>}
      {detail.error && <p className="error-text">{detail.error}</p>}
    </aside>
  );
}

function ChangeItem({ change }: { change: AuditRecordChange }) {
  return (
    <li className={`audit-change audit-change-${change.change}`}>
      <div>
        <span className="audit-change-verb">{change.change}</span> {change.kind} <strong>{change.label}</strong>
      </div>
      {change.fields.length > 0 && (
        <table className="audit-fields">
          <tbody>
            {change.fields.map((f) => (
              <tr key={f.field}>
                <th>{f.field}</th>
                <td className="before">{show(f.before)}</td>
                <td aria-hidden>→</td>
                <td className="after">{show(f.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
