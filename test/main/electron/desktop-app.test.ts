import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDesktopApp } from '../../../main/electron/desktop-app.js';
import { inProcessImport } from '../../../main/handlers/core-services.js';
import { buildMenuTemplate } from '../../../main/electron/menu-template.js';
import { methodNames } from '../../../preload/contract.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { fakeElectron, FakeWindow } from './fakes.js';

const tempDir = useTempDir('dossier-desktop-');
const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

function rendererIn(dir: string): string {
  const r = join(dir, 'renderer');
  mkdirSync(r, { recursive: true });
  writeFileSync(join(r, 'index.html'), '<title>Dossier</title>');
  return r;
}

async function start(dir: string, argv: string[] = ['/opt/dossier']) {
  const fake = fakeElectron(join(dir, 'user'));
  const started = await startDesktopApp(fake.api, {
    argv,
    platform: 'linux',
    versions: { electron: '45.4.1', chrome: '142.0.0.0' },
    preloadPath: '/app/preload.cjs',
    rendererDir: rendererIn(dir),
    importFiles: inProcessImport,
  });
  if (started) stops.push(() => started.runtime.shutdown());
  return { fake, started };
}

describe('starting the desktop app', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron(tempDir(), { singleInstance: false });
    expect(
      await startDesktopApp(fake.api, { argv: [], platform: 'linux', versions: { electron: '', chrome: '' } }),
    ).toBeNull();
    expect(fake.app.quitCalled).toBe(true);
    expect(FakeWindow.created).toEqual([]);
  });

  it('wires every contract method, guards the session, and opens the sample case on first start', async () => {
    const { fake, started } = await start(tempDir());
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...methodNames].sort());
    expect(fake.session.beforeRequest).not.toBeNull();
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(started!.runtime.ctx.session.summary()?.isSample).toBe(true);
    const win = FakeWindow.created[0]!;
    expect(win.loaded).toBe('app://dossier/index.html');
    expect(win.options.webPreferences).toMatchObject({ preload: '/app/preload.cjs', sandbox: true });
  }, 60_000);

  it('answers IPC from the app page through the validating dispatcher, and refuses other frames', async () => {
    const { fake } = await start(tempDir());
    const handler = fake.ipcHandlers.get('case:current')!;
    const own = (await handler({ senderFrame: { url: 'app://dossier/index.html' } }, {})) as {
      ok: boolean;
      value: { isSample: boolean };
    };
    expect(own.ok).toBe(true);
    expect(own.value.isSample).toBe(true);
    const foreign = (await handler({ senderFrame: { url: 'https://evil.example/' } }, {})) as {
      ok: boolean;
      error: { code: string };
    };
    expect(foreign).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const bad = (await fake.ipcHandlers.get('case:open')!({ senderFrame: { url: 'app://dossier/' } }, { path: 7 })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  }, 60_000);

  it('opens a case file handed over by a second launch, focuses the window, and tells the page', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.dossier');
    CaseStore.create(other, { title: 'From the file manager' }).close();
    const { fake, started } = await start(dir);
    const win = FakeWindow.created[0]!;
    fake.app.fire('second-instance', {}, ['/opt/dossier', other], dir);
    await new Promise((r) => setTimeout(r, 50));
    expect(started!.runtime.ctx.session.summary()?.title).toBe('From the file manager');
    expect(win.focused).toBe(true);
    expect(
      win.webContents.sent.some(
        ([c, p]) =>
          c === 'case:changed' && (p as { summary: { title: string } }).summary?.title === 'From the file manager',
      ),
    ).toBe(true);
    expect(fake.app.recentDocuments.at(-1)).toBe(other);
    expect(win.title).toBe('From the file manager — Dossier');
  }, 60_000);

  it('reopens the last case on the next start, and remembers the window', async () => {
    const dir = tempDir();
    const path = join(dir, 'last.dossier');
    CaseStore.create(path, { title: 'Last one' }).close();
    const first = await start(dir, ['/opt/dossier', path]);
    FakeWindow.created[0]!.fire('close');
    first.started!.runtime.shutdown();
    const second = await start(dir);
    expect(second.started!.runtime.ctx.session.summary()?.title).toBe('Last one');
    expect(FakeWindow.created[0]!.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
  }, 60_000);
});

describe('the user data folder', () => {
  it('moves to DOSSIER_HOME when it is set, as for the CLI and dossier serve', async () => {
    const dir = tempDir();
    const home = join(dir, 'portable-home');
    const fake = fakeElectron(join(dir, 'electron-default'));
    const started = await startDesktopApp(fake.api, {
      argv: ['/opt/dossier'],
      platform: 'linux',
      versions: { electron: '45.4.1', chrome: '142.0.0.0' },
      preloadPath: '/app/preload.cjs',
      rendererDir: rendererIn(dir),
      importFiles: inProcessImport,
      env: { DOSSIER_HOME: home },
    });
    stops.push(() => started!.runtime.shutdown());
    expect(fake.api.app.getPath('userData')).toBe(home);
    expect(started!.runtime.ctx.paths.userData).toBe(home);
    expect(existsSync(join(home, 'cases'))).toBe(true);
    expect(existsSync(join(dir, 'electron-default'))).toBe(false);
  }, 60_000);

  it("keeps Electron's own folder when DOSSIER_HOME is not set", async () => {
    const dir = tempDir();
    const fake = fakeElectron(join(dir, 'electron-default'));
    const started = await startDesktopApp(fake.api, {
      argv: ['/opt/dossier'],
      platform: 'linux',
      versions: { electron: '45.4.1', chrome: '142.0.0.0' },
      preloadPath: '/app/preload.cjs',
      rendererDir: rendererIn(dir),
      importFiles: inProcessImport,
      env: {},
    });
    stops.push(() => started!.runtime.shutdown());
    expect(started!.runtime.ctx.paths.userData).toBe(join(dir, 'electron-default'));
  }, 60_000);
});

describe('the native menus', () => {
  it('offer the File, Edit, View and Help items the analyst expects, sending commands to the page', () => {
    const sent: unknown[] = [];
    const template = buildMenuTemplate(
      { send: (c) => sent.push(c), openRecent: (p) => sent.push(`open ${p}`), clearRecent: () => {} },
      [{ path: '/c/a.dossier', title: 'A', openedAt: '', exists: true }],
      false,
    );
    const labels = (menu: string) =>
      (template.find((m) => m.label === menu)!.submenu as { label?: string; role?: string }[])
        .map((i) => i.label ?? i.role)
        .filter(Boolean);
    expect(labels('File')).toEqual([
      'New case…',
      'Open…',
      'Open recent',
      'Import documents…',
      'Import bundle…',
      'Export…',
      'Close case',
      'quit',
    ]);
    expect(labels('Edit')).toEqual(['Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll', 'Find…']);
    expect(labels('Help')).toEqual(['About Dossier']);
    const file = template[0]!.submenu as { label?: string; click?: () => void; submenu?: { click?: () => void }[] }[];
    file.find((i) => i.label === 'New case…')!.click!();
    file.find((i) => i.label === 'Open recent')!.submenu![0]!.click!();
    (template.find((m) => m.label === 'Help')!.submenu as { click: () => void }[])[0]!.click();
    expect(sent).toEqual([{ command: 'new-case' }, 'open /c/a.dossier', { command: 'about' }]);
    expect(buildMenuTemplate({ send: () => {}, openRecent: () => {}, clearRecent: () => {} }, [], true)[0]).toEqual({
      role: 'appMenu',
    });
  });

  it('name the next undo and redo, and send both to the page', () => {
    const sent: unknown[] = [];
    const template = buildMenuTemplate(
      { send: (c) => sent.push(c), openRecent: () => {}, clearRecent: () => {} },
      [],
      false,
      { undo: 'merge "Qurbonov" into "Kurbonov"', redo: null },
    );
    const edit = template.find((m) => m.label === 'Edit')!.submenu as {
      label?: string;
      accelerator?: string;
      click?: () => void;
    }[];
    expect(edit.slice(0, 2).map((i) => [i.label, i.accelerator])).toEqual([
      ['Undo merge "Qurbonov" into "Kurbonov"', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Shift+Z'],
    ]);
    edit[0]!.click!();
    edit[1]!.click!();
    expect(sent).toEqual([{ command: 'undo' }, { command: 'redo' }]);
  });
});
