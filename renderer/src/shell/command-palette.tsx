import { useEffect, useMemo, useState } from 'react';
import type { MenuCommand, SearchResults } from '../../../preload/contract.js';
import { TypeIcon } from '../common/entity-chip.js';
import { DESK_ACTIONS, deskHint, runDeskAction } from './desk-actions.js';
import { RELIABILITY } from '../documents/document-marking.js';
import type { ShellActionKind } from './shell-actions.js';
import { type Shell, useShell, type ViewName } from './shell-context.js';

interface Item {
  id: string;
  label: string;
  hint?: string;
  icon?: string;
  run(): void;
}

/** Ctrl+K: jump to any view, entity or document, or run an action, from one box. */
export function CommandPalette({ onClose, runCommand }: { onClose: () => void; runCommand: (c: MenuCommand) => void }) {
  const shell = useShell();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchResults | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!shell.summary || !text.trim()) return;
    let live = true;
    const t = setTimeout(
      () =>
        shell.client.call('search:query', { text, limit: 8 }).then(
          (r) => live && setHits(r),
          () => live && setHits(null),
        ),
      120,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, shell.client, shell.summary]);

  const items = useMemo(() => {
    const view = (v: ViewName, label: string, key: string): Item => ({
      id: `view-${v}`,
      label: `Go to ${label}`,
      hint: `Ctrl ${key}`,
      run: () => shell.setView(v),
    });
    const actions: Item[] = [
      { id: 'new', label: 'New case…', hint: 'Ctrl N', run: () => runCommand({ command: 'new-case' }) },
      { id: 'open', label: 'Open case…', hint: 'Ctrl O', run: () => runCommand({ command: 'open-case' }) },
      ...(shell.summary
        ? [
            {
              id: 'import',
              label: 'Import documents…',
              hint: 'Ctrl I',
              run: () => runCommand({ command: 'import-documents' }),
            },
            {
              id: 'import-bundle',
              label: 'Import bundle or exchange file…',
              run: () => runCommand({ command: 'import-bundle' }),
            },
            { id: 'export', label: 'Export…', hint: 'Ctrl E', run: () => runCommand({ command: 'export' }) },
            view('documents', 'Documents', '1'),
            view('entities', 'Entities', '2'),
            view('chart', 'Chart', '3'),
            view('timeline', 'Timeline', '4'),
            view('search', 'Search', '5'),
            view('audit', 'Audit log', '6'),
            view('duplicates', 'Duplicates', '7'),
            { id: 'close', label: 'Close case', hint: 'Ctrl W', run: () => runCommand({ command: 'close-case' }) },
          ]
        : []),
      { id: 'about', label: 'About Dossier', run: () => runCommand({ command: 'about' }) },
    ];
    // Actions the open views can carry out right now (merge the ticked entities, undo …).
    const available = shell.summary ? shell.actions.available() : [];
    const offered: Item[] = available.map((a) => ({
      id: `action-${a.kind}`,
      label: a.label,
      hint: a.hint ?? deskHint(a.kind),
      run: () => void shell.actions.dispatch({ action: a.kind }),
    }));
    const needle = text.trim().toLowerCase();
    actions.unshift(...offered, ...deskItems(shell, available, needle));
    const matching = actions.filter((a) => !needle || a.label.toLowerCase().includes(needle));
    const shownHits = text.trim() ? hits : null;
    const entities: Item[] = (shownHits?.entities ?? []).map((e) => ({
      id: e.entityId,
      label: e.label,
      hint: e.matched !== e.label ? e.matched : e.type,
      icon: e.type,
      run: () => shell.select({ kind: 'entity', id: e.entityId }),
    }));
    const docs: Item[] = (shownHits?.documents ?? []).map((d) => ({
      id: d.documentId,
      label: d.title,
      hint: 'document',
      icon: 'document',
      run: () => {
        shell.setView('documents');
        shell.select({ kind: 'document', id: d.documentId });
      },
    }));
    return [...entities, ...docs, ...matching];
  }, [text, hits, shell, runCommand]);

  const choose = (item: Item | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };

  return (
    <div className="modal-backdrop palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-label="Command palette">
        <input
          autoFocus
          className="palette-input"
          placeholder="Jump to an entity, a document or an action…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(items.length - 1, a + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              choose(items[active]);
            }
          }}
        />
        <ul className="palette-items" role="listbox">
          {items.map((item, i) => (
            <li
              key={item.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(item)}
            >
              {item.icon ? <TypeIcon type={item.icon} /> : <span className="palette-bullet">›</span>}
              <span className="palette-label">{item.label}</span>
              {item.hint && <span className="palette-hint muted">{item.hint}</span>}
            </li>
          ))}
          {items.length === 0 && <li className="muted">Nothing matches.</li>}
        </ul>
      </div>
    </div>
  );
}

/**
 * The desk's create and grade actions when no open view offers them (they open their view,
 * which runs them), and — once something is typed — one item per source grade.
 */
function deskItems(
  shell: Shell,
  available: readonly { kind: ShellActionKind; label: string }[],
  needle: string,
): Item[] {
  if (!shell.summary || shell.summary.readOnly) return [];
  const offered = new Set(available.map((a) => a.kind));
  const out: Item[] = DESK_ACTIONS.filter((a) => !offered.has(a.kind)).map((a) => ({
    id: `desk-${a.kind}`,
    label: a.label,
    hint: deskHint(a.kind),
    run: () => runDeskAction(shell, a.kind),
  }));
  const grade = available.find((a) => a.kind === 'grade');
  if (grade && needle) {
    const what = grade.label.replace(/…$/, '');
    for (const r of RELIABILITY)
      out.push({
        id: `grade-${r.grade}`,
        label: `${what}: ${r.grade} — ${r.label}`,
        run: () => void shell.actions.dispatch({ action: 'grade', reliability: r.grade }),
      });
  }
  return out;
}
