// Electron's main process entry (built to dist/electron-main.mjs). Everything testable lives in
// desktop-app.ts and its helpers; this file only hands them the real Electron modules.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { messageOf } from '../core/errors.js';
import { startDesktopApp } from './desktop-app.js';

startDesktopApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session },
  {
    argv: process.argv,
    platform: process.platform,
    versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' },
  },
).catch((e: unknown) => {
  dialog.showErrorBox('Dossier could not start', messageOf(e));
  app.quit();
});
