import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../preload/contract.js';
import type { Dispatch } from '../handlers/dispatch.js';
import { isAppFrameUrl } from './security.js';

/**
 * One ipcMain handler per contract method, each going through the dispatcher (which validates
 * the argument). Calls from any frame that is not the app's own page are refused.
 */
export function wireContract(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const name of methodNames) {
    ipcMain.handle(name, (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, args: unknown) => {
      if (!isAppFrameUrl(event.senderFrame?.url)) {
        return {
          ok: false,
          error: {
            code: 'untrusted-sender',
            message: `${name} refused: the call did not come from Dossier's own page`,
          },
        };
      }
      return dispatch(name, args);
    });
  }
}
