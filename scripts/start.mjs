// `npm start`: builds what is missing, then opens Dossier in Electron on the last case (the
// sample case on first start). Where the Electron runtime is not installed (it is fetched on
// first run, which an offline machine cannot do) it says so in one line and starts the browser
// host instead, which prints the address to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-needed'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronRuntime();
const child = electron.path
  ? spawn(electron.path, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root })
  : (console.log(
      `Dossier: the Electron runtime is not available (${electron.reason}); starting the browser host instead.`,
    ),
    spawn(
      process.execPath,
      [
        join(root, 'bin/dossier.mjs'),
        'serve',
        ...(process.argv.slice(2).length ? process.argv.slice(2) : ['--resume']),
      ],
      { stdio: 'inherit', cwd: root },
    ));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/**
 * The Electron executable if it is already on disk. Deliberately does not `require('electron')`:
 * that starts a download when the binary is missing, which hangs or fails offline.
 */
function electronRuntime() {
  const pkg = join(root, 'node_modules/electron');
  if (!existsSync(pkg)) return { path: null, reason: 'the electron package is not installed' };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidate = override ? join(override, relative ?? 'electron') : relative ? join(pkg, 'dist', relative) : null;
  if (candidate && existsSync(candidate)) return { path: candidate, reason: null };
  return { path: null, reason: 'its binary was never downloaded and this machine cannot fetch it' };
}
