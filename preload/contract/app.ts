import { z } from 'zod';
import { noArgs } from './common.js';
import { method, returns } from './define.js';

export interface AppInfo {
  appVersion: string;
  /** 'electron' in the desktop app, 'browser' in `dossier serve`. */
  host: 'electron' | 'browser';
  versions: { electron: string | null; chromium: string | null; node: string; sqlite: string };
  /** Whether native dialogs (file pickers) are available; the browser host has none. */
  nativeDialogs: boolean;
  platform: string;
  /** Where exports go when there is no native save dialog (the browser host may write only inside the app's folders). */
  exportsFolder: string;
}

export interface RecentCase {
  path: string;
  title: string;
  openedAt: string;
  exists: boolean;
}

export const appMethods = {
  'app:info': method(noArgs, returns<AppInfo>()),
  'app:recent-cases': method(noArgs, returns<RecentCase[]>()),
  'app:forget-recent': method(z.object({ path: z.string().min(1) }).strict(), returns<RecentCase[]>()),
  /** Native file pickers; null when the analyst cancelled. Refused with 'unsupported' in the browser host. */
  'app:pick-files': method(
    z
      .object({ purpose: z.enum(['open-case', 'new-case', 'import-documents', 'import-bundle', 'export-bundle']) })
      .strict(),
    returns<string[] | null>(),
  ),
  /** A file sent as bytes (the browser host has no file dialog), kept in the app's staging folder; later calls may name the returned path. */
  'app:stage-upload': method(
    z
      .object({
        name: z
          .string()
          .min(1)
          .max(255)
          .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path'),
        dataBase64: z.string().max(128_000_000),
      })
      .strict(),
    returns<{ path: string }>(),
  ),
};
