import { useEffect } from 'react';
import type { MenuCommand } from '../../../preload/contract.js';
import type { Shell, ViewName } from './shell-context.js';

const VIEWS: ViewName[] = ['documents', 'entities', 'chart', 'timeline', 'search', 'audit', 'duplicates'];

/** True while typing into a field, where single-letter and editing keys belong to the field. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/**
 * The menu's shortcuts, also in the browser host (which has no native menu): Ctrl+K palette,
 * Ctrl+N/O/I new/open/import, Ctrl+W close, Ctrl+F search, Ctrl+1…7 views, Ctrl+Z undo,
 * Ctrl+Shift+Z and Ctrl+Y redo (outside text fields, which keep their own undo).
 */
export function useShortcuts({
  shell,
  runCommand,
  undoLast,
  redoLast,
}: {
  shell: Shell;
  runCommand: (c: MenuCommand) => void;
  undoLast: () => void;
  redoLast: () => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const k = e.key.toLowerCase();
      // In the desktop app the native menu owns these accelerators; handling them here too
      // would run each action twice. The view keys (Ctrl+1…5) are not on the menu.
      const onMenu = shell.client.host === 'electron';
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      const n = Number(k);
      if (shell.summary && n >= 1 && n <= VIEWS.length) return act(() => shell.setView(VIEWS[n - 1]!));
      // Ctrl+Y is not on the native menu (one accelerator per item), so the page handles it everywhere.
      if (shell.summary && k === 'y' && !e.shiftKey && !isTyping(e.target)) return act(redoLast);
      if (onMenu) return;
      if (k === 'k') return act(() => runCommand({ command: 'command-palette' }));
      if (k === 'n' && !e.shiftKey) return act(() => runCommand({ command: 'new-case' }));
      if (k === 'o') return act(() => runCommand({ command: 'open-case' }));
      if (!shell.summary) return;
      if (k === 'i') return act(() => runCommand({ command: 'import-documents' }));
      if (k === 'w') return act(() => runCommand({ command: 'close-case' }));
      if (k === 'f') return act(() => runCommand({ command: 'find' }));
      if (k === 'e') return act(() => runCommand({ command: 'export' }));
      if (k === 'z' && !isTyping(e.target)) return act(e.shiftKey ? redoLast : undoLast);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shell, runCommand, undoLast, redoLast]);
}
