import type { BrowserWindow, Dialog } from 'electron';
import type { HostPlatform } from '../handlers/context.js';

type Purpose = Parameters<NonNullable<HostPlatform['pickFiles']>>[0];

/** The native file dialogs behind `app:pick-files`. */
export function nativePicker(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null,
): NonNullable<HostPlatform['pickFiles']> {
  return async (purpose: Purpose) => {
    const win = window();
    if (purpose === 'export-bundle') {
      const options = {
        title: 'Export',
        filters: [
          { name: 'Case bundle', extensions: ['casebundle'] },
          { name: 'Other formats', extensions: ['json', 'graphml', 'csv'] },
        ],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : [r.filePath];
    }
    if (purpose === 'new-case') {
      const options = {
        title: 'New case',
        filters: [{ name: 'Dossier case', extensions: ['dossier'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      return [/\.dossier$/i.test(r.filePath) ? r.filePath : `${r.filePath}.dossier`];
    }
    const options =
      purpose === 'open-case'
        ? {
            title: 'Open case',
            filters: [{ name: 'Dossier case', extensions: ['dossier'] }],
            properties: ['openFile' as const],
          }
        : purpose === 'import-bundle'
          ? {
              title: 'Import bundle',
              filters: [{ name: 'Case bundle', extensions: ['casebundle'] }],
              properties: ['openFile' as const],
            }
          : {
              title: 'Import documents',
              properties: ['openFile' as const, 'openDirectory' as const, 'multiSelections' as const],
            };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled || !r.filePaths.length ? null : r.filePaths;
  };
}
