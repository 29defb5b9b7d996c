import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppPaths } from './context.js';

/** Paths under one user data folder: `dossierHome()` (core/dossier-home.ts) in every front end. */
export function appPathsUnder(userData: string): AppPaths {
  return { userData, cases: join(userData, 'cases'), temp: join(tmpdir(), `dossier-${process.pid}`) };
}
