import type { CSSProperties } from 'react';
import { isEntityDrag } from '../common/entity-drag.js';
import { useShell, type ViewName } from './shell-context.js';

const icons = import.meta.glob('../../../assets/icons/ui/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;
const iconOf = (view: ViewName) => icons[`../../../assets/icons/ui/${view}.svg`] ?? '';

const ITEMS: { view: ViewName; label: string; key: string }[] = [
  { view: 'documents', label: 'Documents', key: '1' },
  { view: 'entities', label: 'Entities', key: '2' },
  { view: 'chart', label: 'Chart', key: '3' },
  { view: 'timeline', label: 'Timeline', key: '4' },
  { view: 'search', label: 'Search', key: '5' },
  { view: 'events', label: 'Events', key: '' },
  { view: 'audit', label: 'Audit', key: '6' },
  { view: 'duplicates', label: 'Duplicates', key: '7' },
];

export function LeftRail() {
  const { view, setView } = useShell();
  return (
    <nav className="rail" aria-label="Views">
      {ITEMS.map((item) => {
        const url = iconOf(item.view);
        const style = { maskImage: `url("${url}")`, WebkitMaskImage: `url("${url}")` } as CSSProperties;
        return (
          <button
            key={item.view}
            className={`rail-item${view === item.view ? ' active' : ''}`}
            aria-current={view === item.view ? 'page' : undefined}
            title={item.key ? `${item.label} (Ctrl ${item.key})` : item.label}
            onClick={() => setView(item.view)}
            // Dragging an entity over "Chart" opens the chart, so it can be dropped there.
            onDragEnter={(e) => item.view === 'chart' && isEntityDrag(e) && setView('chart')}
          >
            <span className="rail-icon" style={style} aria-hidden />
            <span className="rail-label">{item.label}</span>
          </button>
        );
      })}
    </nav>
  );
}
