import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierHome, homeFolder } from '../../../main/core/dossier-home.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossierHome', () => {
  it('is DOSSIER_HOME when set, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(
        dossierHome({ DOSSIER_HOME: '/portable/dossier', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, platform),
      ).toBe('/portable/dossier');
    }
  });

  it('is otherwise the folder Electron uses for an app named Dossier', () => {
    expect(dossierHome({ APPDATA: '/appdata' }, 'win32')).toBe(join('/appdata', 'Dossier'));
    expect(dossierHome({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'Dossier'));
    expect(dossierHome({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Dossier'));
    expect(dossierHome({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'Dossier'));
    expect(dossierHome({}, 'linux')).toBe(join(homedir(), '.config', 'Dossier'));
  });

  it('makes sub-folders under it readable by the owner only', () => {
    const home = tempDir();
    const keys = homeFolder('keys', { DOSSIER_HOME: home });
    expect(keys).toBe(join(home, 'keys'));
    expect(statSync(keys).mode & 0o777).toBe(0o700);
  });
});
