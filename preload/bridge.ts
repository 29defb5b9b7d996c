import { eventNames, methodNames, type DossierBridge } from './contract.js';

/** The part of ipcRenderer the bridge uses; injected so the bridge is tested without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.dossier`: one function per contract method and `on` for contract events.
 * Nothing else of ipcRenderer is reachable from the page, and no other channel can be named.
 */
export function buildBridge(ipc: IpcRendererLike): DossierBridge {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = (args: unknown) => ipc.invoke(name, args ?? {});
  }
  const known = new Set<string>(eventNames);
  api.on = (name: string, listener: (payload: unknown) => void) => {
    if (!known.has(name)) throw new Error(`"${name}" is not a Dossier event`);
    if (typeof listener !== 'function') throw new Error('the listener must be a function');
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipc.on(name, handler);
    return () => {
      ipc.removeListener(name, handler);
    };
  };
  return Object.freeze(api) as DossierBridge;
}
