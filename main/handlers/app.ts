import { join } from 'node:path';
import type { appMethods } from '../../preload/contract/app.js';
import { APP_VERSION } from '../core/app-version.js';
import { DossierError } from '../core/errors.js';
import { stageUploads } from './import-job.js';
import { sqliteVersion } from '../core/store/sqlite-version.js';
import type { DomainHandlers } from './define.js';

export const appHandlers: DomainHandlers<typeof appMethods> = {
  'app:info': (_args, ctx) => ({
    appVersion: APP_VERSION,
    host: ctx.platform.kind,
    versions: { ...ctx.platform.versions, node: process.versions.node, sqlite: sqliteVersion() },
    nativeDialogs: Boolean(ctx.platform.pickFiles),
    platform: process.platform,
    exportsFolder: join(ctx.paths.cases, 'exports'),
  }),
  'app:recent-cases': (_args, ctx) => ctx.recent.list(),
  'app:forget-recent': ({ path }, ctx) => {
    ctx.recent.forget(path);
    return ctx.recent.list();
  },
  'app:pick-files': async ({ purpose }, ctx) => {
    if (!ctx.platform.pickFiles) {
      throw new DossierError(
        'unsupported',
        'file pickers are only available in the desktop app; drop files onto the window or type a path',
      );
    }
    const picked = await ctx.platform.pickFiles(purpose);
    // What the analyst picked in a native dialog is what the renderer may name afterwards.
    for (const p of picked ?? []) ctx.grants.grant(p);
    return picked;
  },
  'app:stage-upload': ({ name, dataBase64 }, ctx) => {
    const staged = stageUploads(ctx.paths.temp, [{ name, dataBase64 }]);
    return { path: staged.files[0]!.path };
  },
};
