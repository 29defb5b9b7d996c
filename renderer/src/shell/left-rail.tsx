import type { CSSProperties } from 'react';
import { entityStyle } from '../entity-types.js';
import { useShell, type ViewName } from './shell-context.js';

const ITEMS: { view: ViewName; label: string; icon: string; key: string }[] = [
  { view: 'documents', label: 'Documents', icon: 'document', key: '1' },
  { view: 'entities', label: 'Entities', icon: 'person', key: '2' },
  { view: 'chart', label: 'Chart', icon: 'url', key: '3' },
  { view: 'timeline', label: 'Timeline', icon: 'event', key: '4' },
  { view: 'search', label: 'Search', icon: 'unknown', key: '5' },
];

export function LeftRail() {
  const { view, setView } = useShell();
  return (
    <nav className="rail" aria-label="Views">
      {ITEMS.map((item) => {
        const url = entityStyle(item.icon).iconUrl;
        const style = { maskImage: `url("${url}")`, WebkitMaskImage: `url("${url}")` } as CSSProperties;
        return (
          <button
            key={item.view}
            className={`rail-item${view === item.view ? ' active' : ''}`}
            aria-current={view === item.view ? 'page' : undefined}
            title={`${item.label} (Ctrl ${item.key})`}
            onClick={() => setView(item.view)}
          >
            <span className="rail-icon" style={style} aria-hidden />
            <span className="rail-label">{item.label}</span>
          </button>
        );
      })}
    </nav>
  );
}
