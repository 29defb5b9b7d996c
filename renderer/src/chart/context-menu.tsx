import { useEffect } from 'react';

/** The right-click menu on a chart node: the actions analysts expect where they are looking. */
export function ContextMenu({ x, y, title, labels, onPick, onClose }: { x: number; y: number; title: string; labels: readonly string[]; onPick(label: string): void; onClose(): void }) {
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
    <div className="chart-menu" role="menu" aria-label={`Actions for ${title}`} style={{ left: x, top: y }} onPointerDown={(e) => e.stopPropagation()}>
      <div className="chart-menu-title">{title}</div>
      {labels.map((label) => (
        <button key={label} role="menuitem" onClick={() => {
          onClose();
          onPick(label);
        }}>{label}</button>
      ))}
    </div>
  );
}
