import { mkdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/**
 * The folder holding this installation's keys and settings. `DOSSIER_HOME` wins (tests and
 * portable installs set it); otherwise the OS's per-user configuration folder.
 */
export function dossierHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOSSIER_HOME) return env.DOSSIER_HOME;
  const home = homedir();
  switch (platform()) {
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
