import { useEffect, type ReactNode } from 'react';

/** A modal dialog: Escape closes, Enter in a field submits, focus starts inside. */
export function Modal(props: {
  title: string;
  onClose: () => void;
  onSubmit?: () => void;
  submitLabel?: string;
  canSubmit?: boolean;
  wide?: boolean;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        className={`modal${props.wide ? ' modal-wide' : ''}`}
        role="dialog"
        aria-label={props.title}
        onSubmit={(e) => {
          e.preventDefault();
          if (props.onSubmit && props.canSubmit !== false) props.onSubmit();
        }}
      >
        <header className="modal-head">
          <h2>{props.title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="modal-body">{props.children}</div>
        <footer className="modal-foot">
          {props.footer}
          {props.onSubmit && (
            <button type="submit" className="primary" disabled={props.canSubmit === false}>
              {props.submitLabel ?? 'OK'}
            </button>
          )}
        </footer>
      </form>
    </div>
  );
}
