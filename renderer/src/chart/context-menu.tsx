import { useEffect } from 'react';
import { MENU_LABELS, type MenuAction } from './menu-actions.js';

/** The right-click menu on a chart node: the actions analysts expect where they are looking. */
export function ContextMenu({
  x,
  y,
  title,
  actions,
  onPick,
  onClose,
}: {
  x: number;
  y: number;
  title: string;
  actions: readonly MenuAction[];
  onPick(action: MenuAction): void;
  onClose(): void;
}) {
  useEffect(() => {
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close);
    };
  }, [onClose]);
  return (
    <div
      className="chart-menu"
      role="menu"
      aria-label={`Actions for ${title}`}
      style={{ left: x, top: y }}
      onPointerDown={(e) => e.stopPropagation()}
    >
      <div className="chart-menu-title">{title}</div>
      {actions.map((action) => (
        <button
          key={action}
          role="menuitem"
          onClick={() => {
            onClose();
            onPick(action);
          }}
        >
          {MENU_LABELS[action]}
        </button>
      ))}
    </div>
  );
}
