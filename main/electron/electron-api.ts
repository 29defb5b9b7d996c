import type * as Electron from 'electron';

/**
 * The parts of Electron the desktop shell uses, passed in rather than imported, so the wiring
 * is unit-tested with fakes (the Electron binary is not available everywhere we test).
 */
export interface ElectronApi {
  app: Pick<
    Electron.App,
    | 'whenReady'
    | 'on'
    | 'quit'
    | 'requestSingleInstanceLock'
    | 'getPath'
    | 'setPath'
    | 'getVersion'
    | 'setName'
    | 'addRecentDocument'
  >;
  BrowserWindow: new (options: Electron.BrowserWindowConstructorOptions) => Electron.BrowserWindow;
  protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Electron.Session };
  ipcMain: Pick<Electron.IpcMain, 'handle'>;
  Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Electron.Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  screen: Pick<Electron.Screen, 'getAllDisplays'>;
}
