import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentCase } from '../../preload/contract.js';

export interface MenuActions {
  /** Sends a command to the renderer, which owns the dialogs. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** The native menus. Accelerators match the renderer's own shortcuts (renderer/src/shell/shortcuts.ts). */
export function buildMenuTemplate(
  actions: MenuActions,
  recent: RecentCase[],
  isMac: boolean,
  history: { undo: string | null; redo: string | null } = { undo: null, redo: null },
): MenuItemConstructorOptions[] {
  const send = (command: Exclude<MenuCommand, { path: string }>['command']) => () =>
    actions.send({ command } as MenuCommand);
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((r) => ({
          label: `${r.title} — ${r.path}`,
          enabled: r.exists,
          click: () => actions.openRecent(r.path),
        })),
        { type: 'separator' as const },
        { label: 'Clear recent cases', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No recent cases', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New case…', accelerator: 'CmdOrCtrl+N', click: send('new-case') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open-case') },
        { label: 'Open recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Import documents…', accelerator: 'CmdOrCtrl+I', click: send('import-documents') },
        { label: 'Import bundle…', click: send('import-bundle') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        { label: 'Close case', accelerator: 'CmdOrCtrl+W', click: send('close-case') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo are the app's (the case's journal) unless a text field has focus; the
        // page decides, since only it knows where the focus is. Labels name the next step.
        { label: history.undo ? `Undo ${history.undo}` : 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        {
          label: history.redo ? `Redo ${history.redo}` : 'Redo',
          accelerator: 'CmdOrCtrl+Shift+Z',
          click: send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('find') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Command palette…', accelerator: 'CmdOrCtrl+K', click: send('command-palette') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'About Dossier', click: send('about') }] },
  ];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
