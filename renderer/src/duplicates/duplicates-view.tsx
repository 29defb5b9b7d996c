import { useState } from 'react';
import type { DuplicateSide } from '../../../preload/contract.js';
import { plural } from '../common/format.js';
import { useQuery } from '../common/use-query.js';
import { mergeEntities } from '../entities/entity-actions.js';
import { useShell } from '../shell/shell-context.js';
import { DuplicateCard } from './duplicate-card.js';
import './duplicates.css';

/**
 * The duplicates queue: pairs of entities that look like one, each with the reason, merged in
 * one click (choosing which to keep) or dismissed. Both are undoable with Ctrl+Z.
 */
export function DuplicatesView() {
  const shell = useShell();
  const [busy, setBusy] = useState(false);
  const list = useQuery(() => shell.client.call('duplicates:list', { limit: 200 }), 'all');
  const rows = list.data?.rows ?? [];
  const readOnly = shell.summary?.readOnly ?? true;

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const merge = (survivor: DuplicateSide, merged: DuplicateSide) =>
    run(() => mergeEntities(shell, survivor.id, [merged.id]));
  const dismiss = (a: DuplicateSide, b: DuplicateSide) =>
    run(async () => {
      try {
        const change = await shell.client.call('duplicates:dismiss', { aId: a.id, bId: b.id });
        const token = change.undoToken;
        shell.toast({ message: change.message, undo: token ? () => shell.history.undo(token) : undefined });
      } catch (e) {
        shell.report(e);
      }
    });

  return (
    <div className="duplicates-view">
      <div className="toolbar">
        <strong>Possible duplicates</strong>
        <span className="muted small">
          Merge the two into the one you keep, or say they are not the same. Ctrl+Z takes either back.
        </span>
      </div>
      <div className="dup-scroll">
        <ul className="dup-list" aria-label="Possible duplicates">
          {rows.map((c) => (
            <DuplicateCard
              key={`${c.a.id}|${c.b.id}`}
              candidate={c}
              busy={busy}
              readOnly={readOnly}
              onMerge={(s, m) => void merge(s, m)}
              onDismiss={() => void dismiss(c.a, c.b)}
              onOpen={(s) => shell.select({ kind: 'entity', id: s.id })}
            />
          ))}
        </ul>
        {list.data && rows.length === 0 && (
          <p className="muted empty">No likely duplicates. Pairs you dismissed stay dismissed.</p>
        )}
        {list.error && <p className="error-text">{list.error}</p>}
      </div>
      <div className="pane-foot muted small" data-testid="duplicates-count">
        {list.data ? plural(list.data.total, 'possible duplicate') : 'Looking for duplicates…'}
      </div>
    </div>
  );
}
