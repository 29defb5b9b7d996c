import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one folder holding this installation's data: keys, trusted keys, recent cases, the sample
 * case, window state (and, in the desktop app, Chromium's profile). `DOSSIER_HOME` wins (tests
 * and portable installs set it); otherwise the OS's per-user folder for an app named Dossier,
 * which is where Electron puts its own, so `dossier serve`, the CLI and the desktop app share it.
 */
export function dossierHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.DOSSIER_HOME) return env.DOSSIER_HOME;
  const home = homedir();
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Dossier');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Dossier');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Dossier');
  }
}

/** `dossierHome()/sub`, created (owner-only) if missing. */
export function homeFolder(sub: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = join(dossierHome(env), sub);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
