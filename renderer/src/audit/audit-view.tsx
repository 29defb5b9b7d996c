import { useEffect, useState } from 'react';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';
import { AuditDetailPanel } from './audit-detail.js';
import { KIND_LABELS, kindLabel } from './audit-kinds.js';
import './audit.css';

const PAGE = 50;

/** The case-wide audit log: who did what when, filtered by kind and text, paged; a row opens its before/after. */
export function AuditView() {
  const shell = useShell();
  const [text, setText] = useState('');
  const [needle, setNeedle] = useState('');
  const [kind, setKind] = useState('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      if (text.trim() === needle) return;
      setNeedle(text.trim());
      setOffset(0);
    }, 200);
    return () => clearTimeout(t);
  }, [text, needle]);
  const list = useQuery(
    () =>
      shell.client.call('audit:list', {
        offset,
        limit: PAGE,
        ...(kind ? { kind } : {}),
        ...(needle ? { text: needle } : {}),
      }),
    `${offset}|${kind}|${needle}`,
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const kinds = list.data?.kinds ?? [];

  return (
    <div className="audit-view">
      <div className="toolbar">
        <input
          className="filter"
          placeholder="Filter by text…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Filter the audit log"
        />
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setOffset(0);
          }}
          aria-label="Kind"
        >
          <option value="">All operations</option>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {kindLabel(k.kind)} ({k.count})
            </option>
          ))}
        </select>
        <div className="pager">
          <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))} aria-label="Newer">
            ‹ Newer
          </button>
          <span className="muted small" data-testid="audit-range">
            {total ? `${offset + 1}–${Math.min(total, offset + PAGE)} of ${total}` : '0'}
          </span>
          <button disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)} aria-label="Older">
            Older ›
          </button>
        </div>
      </div>
      <div className="audit-body">
        <div className="table-wrap">
          <table className="grid" aria-label="Audit log">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Kind</th>
                <th>What</th>
                <th className="num">Records</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.seq}
                  className={`audit-row${open === r.seq ? ' selected' : ''}${r.undone ? ' undone' : ''}`}
                  onClick={() => setOpen(open === r.seq ? null : r.seq)}
                >
                  <td className="muted" title={r.at}>
                    {new Date(r.at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'medium' })}
                  </td>
                  <td className="muted">{r.by ?? '—'}</td>
                  <td>
                    <span className={`audit-kind audit-kind-${KIND_LABELS[r.kind] ? r.kind : 'other'}`}>
                      {kindLabel(r.kind)}
                    </span>
                  </td>
                  <td className="audit-title" title={r.title}>
                    {r.title}
                    {r.undone && <span className="badge audit-undone">undone</span>}
                  </td>
                  <td className="num">{r.records ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.data && rows.length === 0 && <p className="muted empty">Nothing in the log matches.</p>}
          {list.error && <p className="error-text">{list.error}</p>}
        </div>
        {open !== null && <AuditDetailPanel seq={open} onClose={() => setOpen(null)} />}
      </div>
    </div>
  );
}
