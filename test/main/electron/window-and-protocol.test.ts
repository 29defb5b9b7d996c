import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolResponse, registerAppScheme } from '../../../main/electron/app-protocol.js';
import { filesToOpen } from '../../../main/electron/open-args.js';
import { createMainWindow, mainWindowOptions } from '../../../main/electron/window-factory.js';
import { loadWindowState, saveWindowState } from '../../../main/electron/window-state.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/host/content-security-policy.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { FakeWindow } from './fakes.js';

const tempDir = useTempDir('dossier-electron-');
const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('the window factory', () => {
  it('isolates the page: sandbox, context isolation, no Node, no webviews, no spell-check downloads', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', null).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    // The shipped window has no DevTools (they would script the contract from the keyboard).
    expect(prefs.devTools).toBe(false);
  });

  it('loads the app from app:// with the guards on, at the remembered place', () => {
    FakeWindow.created = [];
    const win = createMainWindow(FakeWindow as never, '/p.cjs', {
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      maximized: true,
    }) as unknown as FakeWindow;
    expect(win.loaded).toBe('app://dossier/index.html');
    expect(win.options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false });
    expect(win.maximized).toBe(true);
    expect(win.webContents.openHandler!({ url: 'https://x/' })).toEqual({ action: 'deny' });
    expect(win.webContents.listeners.has('will-navigate')).toBe(true);
  });
});

describe('the app:// protocol', () => {
  it('is registered as a standard secure scheme without CORS bypass', () => {
    const seen: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => void seen.push(s) });
    expect(seen).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
  });

  it('serves the renderer with the CSP and refuses other hosts and paths outside it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'r'));
    writeFileSync(join(dir, 'r', 'index.html'), '<title>Dossier</title>');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    const ok = appProtocolResponse(join(dir, 'r'), 'app://dossier/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Dossier');
    expect(appProtocolResponse(join(dir, 'r'), 'app://dossier/%2e%2e/secret.txt').status).toBe(404);
    expect(appProtocolResponse(join(dir, 'r'), 'app://elsewhere/index.html').status).toBe(404);
  });
});

describe('window state', () => {
  it('comes back as saved, and not at all when it would be off every screen', () => {
    const dir = tempDir();
    expect(loadWindowState(dir, screen)).toBeNull();
    saveWindowState(dir, { x: 100, y: 80, width: 1300, height: 850, maximized: false });
    expect(loadWindowState(dir, screen)).toEqual({ x: 100, y: 80, width: 1300, height: 850, maximized: false });
    saveWindowState(dir, { x: 4000, y: 80, width: 1300, height: 850, maximized: false });
    expect(loadWindowState(dir, screen)).toBeNull();
    writeFileSync(join(dir, 'window-state.json'), '{"x":"left"}');
    expect(loadWindowState(dir, screen)).toBeNull();
  });
});

describe('files handed over by the OS', () => {
  it('are sorted into cases and bundles; other arguments are ignored', () => {
    expect(
      filesToOpen([
        '/opt/Dossier/dossier',
        '--no-sandbox',
        '/home/a/b.dossier',
        '/home/a/c.casebundle',
        '/home/a/notes.txt',
      ]),
    ).toEqual({
      cases: ['/home/a/b.dossier'],
      bundles: ['/home/a/c.casebundle'],
    });
  });
});
