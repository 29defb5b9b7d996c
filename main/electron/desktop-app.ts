import type { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { dossierHome } from '../core/dossier-home.js';
import { DossierError } from '../core/errors.js';
import { findAppPath } from '../core/app-files.js';
import { createAppRuntime } from '../host/host-runtime.js';
import type { ImportService } from '../handlers/context.js';
import type { Runtime } from '../handlers/runtime.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import type { ElectronApi } from './electron-api.js';
import { nativePicker } from './file-pickers.js';
import { wireContract } from './ipc-wiring.js';
import { buildMenuTemplate } from './menu-template.js';
import { menuHistory } from './menu-history.js';
import { filesToOpen } from './open-args.js';
import { guardWebContents, installSessionGuards } from './security.js';
import { createMainWindow } from './window-factory.js';
import { loadWindowState, saveWindowState } from './window-state.js';

export interface DesktopOptions {
  argv: readonly string[];
  platform: NodeJS.Platform;
  versions: { electron: string; chrome: string };
  preloadPath?: string;
  rendererDir?: string;
  /** The import pipeline; the worker-thread job unless a test passes the in-process one. */
  importFiles?: ImportService;
  /** Where DOSSIER_HOME is read from (process.env unless a test passes its own). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the desktop app: one instance, one window, the contract wired to main/core.
 * Returns once the window exists (or immediately when another instance already runs).
 */
export async function startDesktopApp(
  e: ElectronApi,
  options: DesktopOptions,
): Promise<{ runtime: Runtime; window: () => BrowserWindow | null } | null> {
  registerAppScheme(e.protocol);
  // Without DOSSIER_HOME, Electron's own folder for an app named Dossier is already dossierHome();
  // with it, everything moves there (Chromium's profile and the single-instance lock too), as for the CLI and `dossier serve`.
  const env = options.env ?? process.env;
  if (env.DOSSIER_HOME) e.app.setPath('userData', dossierHome(env, options.platform));
  // A second launch (double-clicking a case file) hands its arguments to the first and quits.
  if (!e.app.requestSingleInstanceLock()) {
    e.app.quit();
    return null;
  }
  e.app.setName('Dossier');
  e.app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  await e.app.whenReady();

  const rendererDir = options.rendererDir ?? findAppPath('dist/renderer');
  if (!rendererDir) throw new DossierError('not-found', 'the app is not built: dist/renderer is missing');
  const preloadPath = options.preloadPath ?? fileURLToPath(new URL('./preload.cjs', import.meta.url));
  installSessionGuards(e.session.defaultSession);
  serveAppProtocol(e.protocol, rendererDir);

  let win: BrowserWindow | null = null;
  const userData = e.app.getPath('userData');
  const runtime = createAppRuntime(
    userData,
    {
      kind: 'electron',
      versions: { electron: options.versions.electron, chromium: options.versions.chrome },
      pickFiles: nativePicker(e.dialog, () => win),
    },
    (l) => console.error(l),
    options.importFiles,
  );
  const { ctx, dispatch } = runtime;
  wireContract(e.ipcMain, dispatch);
  ctx.events.subscribe((name, payload) => {
    if (win && !win.isDestroyed()) win.webContents.send(name, payload);
  });

  const send = (command: Parameters<Parameters<typeof buildMenuTemplate>[0]['send']>[0]) => {
    if (win && !win.isDestroyed()) win.webContents.send('menu:command', command);
  };
  const openFiles = async (argv: readonly string[]) => {
    const { cases, bundles } = filesToOpen(argv);
    // The OS handed these over (double-click, open-with, second launch): the renderer may name them.
    for (const p of [...cases, ...bundles]) ctx.grants.grant(p);
    if (cases[0]) {
      const reply = await dispatch('case:open', { path: cases[0] });
      if (!reply.ok) console.error(`Dossier: ${reply.error.message}`);
    }
    for (const b of bundles) send({ command: 'open-bundle', path: b });
  };
  const refreshMenu = () => {
    const template = buildMenuTemplate(
      {
        send,
        openRecent: (path) => void dispatch('case:open', { path }),
        clearRecent: () => {
          for (const r of ctx.recent.list()) ctx.recent.forget(r.path);
          refreshMenu();
        },
      },
      ctx.recent.list(),
      options.platform === 'darwin',
      menuHistory(ctx.session),
    );
    e.Menu.setApplicationMenu(e.Menu.buildFromTemplate(template));
  };
  ctx.events.subscribe((name, payload) => {
    if (name !== 'case:changed') return;
    refreshMenu();
    const summary = (payload as { summary: { path: string; title: string } | null }).summary;
    if (summary) e.app.addRecentDocument(summary.path);
    if (win && !win.isDestroyed()) win.setTitle(summary ? `${summary.title} — Dossier` : 'Dossier');
  });
  refreshMenu();

  e.app.on('second-instance', (_event, argv) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    void openFiles(argv);
  });
  e.app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFiles([path]);
  });
  e.app.on('window-all-closed', () => {
    runtime.shutdown();
    e.app.quit();
  });

  // First start: the sample case; afterwards the last case, unless the OS handed us a file.
  const requested = filesToOpen(options.argv);
  if (requested.cases.length || requested.bundles.length) await openFiles(options.argv);
  else {
    const last = ctx.recent.last();
    const reply = await dispatch(last ? 'case:open' : 'case:open-sample', last ? { path: last.path } : {});
    if (!reply.ok) console.error(`Dossier: ${reply.error.message}`);
  }

  win = createMainWindow(
    e.BrowserWindow,
    preloadPath,
    loadWindowState(
      userData,
      e.screen.getAllDisplays().map((d) => d.workArea),
    ),
  );
  win.on('close', () => {
    if (!win) return;
    saveWindowState(userData, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    win = null;
  });
  return { runtime, window: () => win };
}
