import type { ToastInput } from './shell-context.js';

export interface Toast extends ToastInput {
  id: number;
}

/** Says what an action did, with Undo where the action offers it. Errors stay longer. */
export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.tone ?? 'info'}`}>
          <span className="toast-message">{t.message}</span>
          {t.undo && (
            <button
              className="link-button"
              onClick={() => {
                onDismiss(t.id);
                void t.undo!();
              }}
            >
              Undo
            </button>
          )}
          <button className="icon-button" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
