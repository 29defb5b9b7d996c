import type { BrowserWindowConstructorOptions } from 'electron';
import type { ElectronApi } from '../../../main/electron/electron-api.js';

type Listener = (...args: unknown[]) => unknown;

/** Records listeners by event name, and lets a test fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, l: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
    return this;
  }
  once(name: string, l: Listener): this {
    return this.on(name, l);
  }
  fire(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((l) => l(...args));
  }
}

export class FakeWebContents extends FakeEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  readonly sent: [string, unknown][] = [];
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.openHandler = h;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  maximized = false;
  focused = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused = true;
  }
  title = 'Dossier';
  setTitle(t: string): void {
    this.title = t;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
}

/** A fake of the Electron modules the shell uses, recording what it was asked to do. */
export function fakeElectron(userData: string, options: { singleInstance?: boolean } = {}) {
  FakeWindow.created = [];
  const app = Object.assign(new FakeEmitter(), {
    quitCalled: false,
    name: '',
    recentDocuments: [] as string[],
    whenReady: () => Promise.resolve(),
    quit() {
      this.quitCalled = true;
    },
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    userData,
    getPath(): string {
      return this.userData;
    },
    setPath(_name: string, path: string) {
      this.userData = path;
    },
    getVersion: () => '0.0.0-test',
    setName(n: string) {
      this.name = n;
    },
    addRecentDocument(p: string) {
      this.recentDocuments.push(p);
    },
  });
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (req: { url: string }) => Response>();
  const schemes: unknown[] = [];
  const session = {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    deviceCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
    spellChecker: true,
    setPermissionRequestHandler(h: Listener) {
      this.permissionRequest = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.permissionCheck = h;
    },
    setDevicePermissionHandler(h: Listener) {
      this.deviceCheck = h;
    },
    setSpellCheckerEnabled(on: boolean) {
      this.spellChecker = on;
    },
    webRequest: {
      onBeforeRequest: (h: Listener) => {
        session.beforeRequest = h;
      },
    },
  };
  let menu: unknown = null;
  const api = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => void schemes.push(s),
      handle: (scheme: string, h: (req: { url: string }) => Response) => void protocolHandlers.set(scheme, h),
    },
    session: { defaultSession: session },
    ipcMain: { handle: (channel: string, h: Listener) => void ipcHandlers.set(channel, h) },
    Menu: {
      buildFromTemplate: (t: unknown) => ({ template: t }),
      setApplicationMenu: (m: unknown) => {
        menu = m;
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return {
    api: api as unknown as ElectronApi,
    app,
    session,
    ipcHandlers,
    protocolHandlers,
    schemes,
    menu: () =>
      menu as {
        template: { label?: string; submenu?: { label?: string; click?: () => void; role?: string }[] }[];
      } | null,
  };
}
