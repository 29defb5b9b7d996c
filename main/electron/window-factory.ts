import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY } from './app-protocol.js';
import { guardWebContents } from './security.js';
import type { WindowBounds } from './window-state.js';

/** The one set of web preferences every Dossier window gets. */
export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Off in the shipped app: DevTools would let anyone at the keyboard script the contract.
    devTools,
  };
}

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1440,
    height: bounds?.height ?? 900,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    title: 'Dossier',
    show: false,
    backgroundColor: '#14171c',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Creates the main window with the guards on and the app loaded from app://. */
export function createMainWindow(
  BrowserWindowCtor: new (o: BrowserWindowConstructorOptions) => BrowserWindow,
  preloadPath: string,
  bounds: WindowBounds | null,
): BrowserWindow {
  const win = new BrowserWindowCtor(mainWindowOptions(preloadPath, bounds));
  guardWebContents(win.webContents);
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
