import type { RecentCase } from '../../../preload/contract.js';
import { formatDate } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';
import type { CaseDialog } from './case-dialogs.js';
import { useBusy } from '../common/use-busy.js';

/** What Dossier shows with no case open: the three ways in, and the recent cases. */
export function StartScreen({ onDialog }: { onDialog: (d: CaseDialog) => void }) {
  const { client, report, info } = useShell();
  const recent = useQuery(() => client.call('app:recent-cases'), 'recent');
  const [busy, run] = useBusy(report);

  return (
    <main className="start">
      <section className="start-panel">
        <header className="start-brand">
          <span className="brand-mark" aria-hidden>
            ▣
          </span>
          <div>
            <h1>Dossier</h1>
            <p className="muted">Offline analyst workbench{info ? ` · ${info.appVersion}` : ''}</p>
          </div>
        </header>
        <div className="start-actions">
          <button className="primary" disabled={!!busy} onClick={() => onDialog({ kind: 'new' })}>
            New case…<kbd>Ctrl N</kbd>
          </button>
          <button disabled={!!busy} onClick={() => onDialog({ kind: 'open' })}>
            Open case…<kbd>Ctrl O</kbd>
          </button>
          <button disabled={!!busy} onClick={() => run('sample', () => client.call('case:open-sample'))}>
            {busy === 'sample' ? 'Preparing the sample case…' : 'Open sample case'}
          </button>
        </div>
        <h2>Recent cases</h2>
        {recent.data && recent.data.length === 0 && (
          <p className="muted empty">No recent cases yet. Start with the sample case to see how Dossier works.</p>
        )}
        <ul className="recent-list">
          {recent.data?.map((r: RecentCase) => (
            <li key={r.path}>
              <button
                className="recent-item"
                disabled={!r.exists || !!busy}
                title={r.exists ? r.path : `${r.path} (missing)`}
                onClick={() => run(r.path, () => client.call('case:open', { path: r.path }))}
              >
                <span className="recent-title">{r.title}</span>
                <span className="recent-path">{r.exists ? r.path : 'file not found'}</span>
                <span className="recent-date">{formatDate(r.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="start-foot muted">Everything stays on this machine. Dossier never connects to the network.</p>
      </section>
    </main>
  );
}
