import { formatDate } from '../common/format.js';
import { useShell } from './shell-context.js';

export interface CitedPassage {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  reliability?: string | null;
}

/** The passages a claim rests on, each opening its document at the passage; graded where known. */
export function CitedPassages({ citations }: { citations: readonly CitedPassage[] }) {
  const shell = useShell();
  return (
    <ul className="passages">
      {citations.map((c, i) => (
        <li key={`${c.documentId}-${c.start}-${i}`}>
          <button
            className="passage"
            onClick={() => {
              shell.setView('documents');
              shell.select({ kind: 'document', id: c.documentId, range: { start: c.start, end: c.end } });
            }}
          >
            <span className="passage-doc">
              {c.reliability && <span className="badge">{c.reliability}</span>} {c.documentTitle}
            </span>
            <span className="passage-quote">“{c.quote}”</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Who changed a record and when, from the audit log. */
export function HistoryList({ history }: { history: readonly { at: string; action: string }[] }) {
  return (
    <ul className="history">
      {history.map((h, i) => (
        <li key={i}>
          <span className="muted">
            {formatDate(h.at)} {h.at.slice(11, 16)}
          </span>{' '}
          {h.action}
        </li>
      ))}
    </ul>
  );
}
