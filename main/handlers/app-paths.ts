import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppPaths } from './context.js';

/** Paths under one user data folder (Electron passes app.getPath('userData')). */
export function appPathsUnder(userData: string): AppPaths {
  return { userData, cases: join(userData, 'cases'), temp: join(tmpdir(), `dossier-${process.pid}`) };
}

/**
 * The folder Electron would use for an app named Dossier, so `dossier serve` and the desktop
 * app share recent cases and the sample case. DOSSIER_HOME overrides it (tests, portable use).
 */
export function defaultUserData(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_HOME) return env.DOSSIER_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dossier');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Dossier');
}
