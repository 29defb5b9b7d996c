import { resolve } from 'node:path';
import { DossierError, type DossierErrorCode } from '../../core/errors.js';
import type { Dispatch } from '../../handlers/dispatch.js';
import { dossierHome } from '../../core/dossier-home.js';
import { findAppPath } from '../../core/app-files.js';
import { createAppRuntime } from '../../host/host-runtime.js';
import { startHttpHost } from '../../host/http-host.js';
import { type Command, stringOption, writeLine } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the Dossier app to a browser on this machine (127.0.0.1 only)',
  usage: 'dossier serve [CASE] [--port N] [--resume]',
  options: { port: { type: 'string' }, resume: { type: 'boolean' } },
  async run(args, io) {
    const portText = stringOption(args, 'port') ?? '0';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535)
      throw new DossierError('invalid-argument', `--port must be a port number (0–65535), not "${portText}"`);
    const rendererDir = findAppPath('dist/renderer');
    if (!rendererDir)
      throw new DossierError('not-found', 'the app is not built: run `npm run build` first (dist/renderer is missing)');
    const runtime = createAppRuntime(
      dossierHome(),
      { kind: 'browser', versions: { electron: null, chromium: null } },
      (l) => writeLine(io.stderr, l),
    );
    const [casePath] = args.positionals;
    // Opening happens before the server starts, so a case that cannot be opened is reported
    // on the command line rather than as a blank page.
    if (casePath) {
      const path = resolve(casePath);
      runtime.ctx.grants.grant(path);
      await call(runtime.dispatch, 'case:open', { path });
    } else if (args.values.resume) {
      const last = runtime.ctx.recent.last();
      await call(runtime.dispatch, last ? 'case:open' : 'case:open-sample', last ? { path: last.path } : {});
    }
    const host = await startHttpHost({ dispatch: runtime.dispatch, events: runtime.ctx.events, rendererDir, port });
    const open = runtime.ctx.session.summary();
    writeLine(io.stdout, `Dossier is serving ${open ? `"${open.title}"` : 'the start screen'} at ${host.url}`);
    writeLine(
      io.stdout,
      'Open that address in a browser on this machine; it works once. Press Enter for another, Ctrl+C to stop.',
    );
    // Each address is single-use (host-session.ts): a new tab or browser asks for a fresh one here.
    const onLine = () => writeLine(io.stdout, `Another address (works once): ${host.newUrl()}`);
    if (process.stdin.isTTY) process.stdin.on('data', onLine);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    process.stdin.off('data', onLine);
    if (process.stdin.isTTY) process.stdin.pause();
    await host.close();
    runtime.shutdown();
    return 0;
  },
};

async function call(dispatch: Dispatch, method: string, args: unknown): Promise<void> {
  const reply = await dispatch(method, args);
  if (!reply.ok) throw new DossierError(reply.error.code as DossierErrorCode, reply.error.message);
}
