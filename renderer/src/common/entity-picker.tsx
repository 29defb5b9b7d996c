import { useEffect, useId, useState } from 'react';
import type { EntityRow } from '../../../preload/contract.js';
import { useShell } from '../shell/shell-context.js';
import { EntityChip } from './entity-chip.js';

export interface PickedEntity {
  id: string;
  label: string;
  type: string;
}

/**
 * Finds an entity of the case by name as you type and picks one. `suggestions` (e.g. the
 * entities mentioned near a selection) are offered before anything is typed.
 */
export function EntityPicker({
  label,
  value,
  onPick,
  suggestions = [],
  type,
  autoFocus,
}: {
  label: string;
  value: PickedEntity | null;
  onPick(entity: PickedEntity | null): void;
  suggestions?: readonly PickedEntity[];
  type?: string;
  autoFocus?: boolean;
}) {
  const { client } = useShell();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<EntityRow[]>([]);
  const listId = useId();
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    const t = setTimeout(() => {
      client.call('entities:list', { query: text.trim(), limit: 12, ...(type ? { type } : {}) }).then(
        (r) => live && setRows(r.rows),
        () => live && setRows([]),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [client, text, type]);
  if (value) {
    return (
      <div className="field">
        <span>{label}</span>
        <div className="picked">
          <EntityChip type={value.type} label={value.label} />
          <button
            type="button"
            className="link-button"
            onClick={() => onPick(null)}
            aria-label={`Change ${label.toLowerCase()}`}
          >
            change
          </button>
        </div>
      </div>
    );
  }
  // Before anything is typed, a few suggestions as a compact cloud; while typing, the matches.
  const typing = !!text.trim();
  const shown: PickedEntity[] = typing ? rows : suggestions.slice(0, 8);
  return (
    <div className="field entity-picker">
      <span id={listId}>{label}</span>
      <input
        aria-labelledby={listId}
        placeholder="Type a name…"
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
      />
      {shown.length > 0 && (
        <ul className={typing ? 'picker-list' : 'picker-list picker-cloud'} role="listbox" aria-labelledby={listId}>
          {shown.map((r) => (
            <li key={r.id} role="option" aria-selected={false}>
              <button
                type="button"
                className="picker-item"
                onClick={() => {
                  onPick({ id: r.id, label: r.label, type: r.type });
                  setText('');
                }}
              >
                <EntityChip type={r.type} label={r.label} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
