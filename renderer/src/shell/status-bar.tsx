import { formatTime } from '../common/format.js';
import { useShell } from './shell-context.js';

/** Background work with real progress, when the case was last written, and that Dossier is offline. */
export function StatusBar() {
  const { jobs, summary, client, report, lastWrite } = useShell();
  const running = jobs.filter((j) => j.state === 'running');
  const last = [...jobs]
    .filter((j) => j.state !== 'running')
    .sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''))
    .at(-1);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <div className="status-jobs">
        {running.map((j) => {
          const pct = j.total ? Math.round((j.done / j.total) * 100) : 0;
          return (
            <span key={j.jobId} className="job" data-state={j.state}>
              <span className="dot running" aria-hidden />
              <span>
                {j.label}
                {j.currentItem ? ` — ${j.currentItem.split(/[\\/]/).at(-1)}` : ''} {j.done}/{j.total}
              </span>
              <progress max={100} value={pct} aria-label={`${j.label}: ${pct}%`} />
              <button
                className="link-button"
                onClick={() => client.call('jobs:cancel', { jobId: j.jobId }).catch(report)}
              >
                Cancel
              </button>
            </span>
          );
        })}
        {!running.length && last && (
          <span className="job" data-state={last.state}>
            <span className={`dot ${last.state}`} aria-hidden />
            {last.label.replace(/^Importing/, 'Imported')} —{' '}
            {last.state === 'done' ? `${last.files.length} added, ${last.skipped.length} skipped` : last.state}
          </span>
        )}
        {!running.length && !last && <span className="muted">Ready</span>}
      </div>
      <div className="status-right muted">
        {summary && (
          <span title="Every change is written to the case file as it is made">
            {lastWrite
              ? `saved ${lastWrite.toTimeString().slice(0, 5)}`
              : `opened · saved ${formatTime(summary.modifiedAt)}`}
          </span>
        )}
        <span className="offline" title="Dossier never connects to the network">
          ● offline
        </span>
      </div>
    </footer>
  );
}
