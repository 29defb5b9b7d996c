import './history.css';
import { historyLabel } from './use-history.js';
import { useShell } from './shell-context.js';

/** The header's Undo and Redo: each names what it would do, in its tooltip and accessible name. */
export function HistoryButtons() {
  const { history, summary } = useShell();
  const { state } = history;
  const readOnly = summary?.readOnly ?? true;
  const undoLabel = historyLabel('Undo', state?.undo);
  const redoLabel = historyLabel('Redo', state?.redo);
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        className="icon-button history-button"
        disabled={readOnly || !state?.undo}
        title={`${undoLabel} (Ctrl Z)`}
        aria-label={undoLabel}
        onClick={() => void history.undo()}
      >
        ↶
      </button>
      <button
        className="icon-button history-button"
        disabled={readOnly || !state?.redo}
        title={`${redoLabel} (Ctrl Shift Z)`}
        aria-label={redoLabel}
        onClick={() => void history.redo()}
      >
        ↷
      </button>
    </div>
  );
}
