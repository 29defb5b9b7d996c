import { useEffect } from 'react';
import type { Shell, ViewName } from './shell-context.js';
import type { ShellActionKind } from './shell-actions.js';

/**
 * The desk's create and grade actions as the palette and the keyboard know them: the view that
 * owns each (and registers its handler, opening the same form its button opens), the palette
 * label when that view is not open, and the shortcut. Ctrl+Shift+letter: not on the native
 * menu and not taken by Chromium, so the page handles them in both hosts.
 */
export const DESK_ACTIONS: readonly {
  kind: Extract<ShellActionKind, 'new-entity' | 'new-event' | 'new-link' | 'grade'>;
  label: string;
  view: ViewName;
  key: string;
  /** Said when the owning view is open but cannot take the action yet. */
  needs?: string;
}[] = [
  { kind: 'new-entity', label: 'New entity…', view: 'entities', key: 'e' },
  { kind: 'new-link', label: 'New link…', view: 'entities', key: 'l' },
  { kind: 'new-event', label: 'New event…', view: 'events', key: 'd' },
  {
    kind: 'grade',
    label: 'Grade a source…',
    view: 'documents',
    key: 'g',
    needs: 'Open a document, or tick several in the list, to grade its source.',
  },
];

/** How a desk action's shortcut is shown ("Ctrl Shift E"). */
export function deskHint(kind: ShellActionKind): string | undefined {
  const a = DESK_ACTIONS.find((x) => x.kind === kind);
  return a ? `Ctrl Shift ${a.key.toUpperCase()}` : undefined;
}

/** Runs a desk action where it is offered, else opens its view, which runs it once it can. */
export function runDeskAction(shell: Shell, kind: (typeof DESK_ACTIONS)[number]['kind']): void {
  if (shell.actions.dispatchOrQueue({ action: kind })) return;
  const a = DESK_ACTIONS.find((x) => x.kind === kind)!;
  if (shell.view === a.view && a.needs) shell.toast({ message: a.needs });
  shell.setView(a.view);
}

/** Ctrl+Shift+E / L / D / G: new entity, link, event; grade the open document's source. */
export function useDeskShortcuts(shell: Shell): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return;
      if (!shell.summary || shell.summary.readOnly) return;
      const a = DESK_ACTIONS.find((x) => x.key === e.key.toLowerCase());
      if (!a) return;
      e.preventDefault();
      runDeskAction(shell, a.kind);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shell]);
}
