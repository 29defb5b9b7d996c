import { plural } from '../common/format.js';
import { TlpBadge } from '../common/entity-chip.js';
import { HistoryButtons } from './history-buttons.js';
import { useShell } from './shell-context.js';

/** Title, marking and counts of the open case, with the palette, import and close at hand. */
export function CaseHeader() {
  const { summary, client, report, openPalette, openImport } = useShell();
  if (!summary) return null;
  const c = summary.counts;
  return (
    <header className="case-header">
      <div className="case-title">
        <span className="brand-mark small" aria-hidden>
          ▣
        </span>
        <h1 title={summary.path}>{summary.title}</h1>
        <TlpBadge tlp={summary.tlp} />
        {summary.isSample && <span className="badge">sample</span>}
        {summary.readOnly && (
          <span
            className="badge"
            title={summary.readOnlyReason ? `Read-only because ${summary.readOnlyReason}` : 'Opened read-only'}
          >
            {summary.readOnlyReason ? 'read-only media' : 'read-only'}
          </span>
        )}
      </div>
      <div className="case-counts muted" data-testid="case-counts">
        {plural(c.documents, 'doc')} · {plural(c.entities, 'entity', 'entities')} · {plural(c.links, 'link')} ·{' '}
        {plural(c.events, 'event')}
      </div>
      <div className="case-actions">
        <HistoryButtons />
        <button className="palette-button" onClick={openPalette}>
          Search or run a command… <kbd>Ctrl K</kbd>
        </button>
        <button className="primary" disabled={summary.readOnly} onClick={() => openImport()}>
          Import…
        </button>
        <button onClick={() => client.call('case:close').catch(report)} title="Close case (Ctrl W)">
          Close
        </button>
      </div>
    </header>
  );
}
