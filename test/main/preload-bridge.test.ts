import { describe, expect, it } from 'vitest';
import { buildBridge, type IpcRendererLike } from '../../preload/bridge.js';
import { methodNames } from '../../preload/contract.js';

function fakeIpc() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, ((e: unknown, ...a: unknown[]) => void)[]>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args[0]]);
      return { ok: true, value: channel };
    },
    on: (channel, l) => listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
    removeListener: (channel, l) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((x) => x !== l),
      ),
  };
  return { ipc, invoked, listeners };
}

describe('window.dossier', () => {
  it('has exactly the contract methods and `on`, and nothing of ipcRenderer', () => {
    const bridge = buildBridge(fakeIpc().ipc) as unknown as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'on'].sort());
    expect(bridge.invoke).toBeUndefined();
    expect(bridge.send).toBeUndefined();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes the method channel with the argument', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = buildBridge(ipc);
    expect(await bridge['case:open']({ path: '/x.dossier' })).toEqual({ ok: true, value: 'case:open' });
    expect(invoked).toEqual([['case:open', { path: '/x.dossier' }]]);
  });

  it('subscribes only to contract events, passes the payload without the IPC event, and unsubscribes', () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = buildBridge(ipc);
    const got: unknown[] = [];
    const off = bridge.on('job:progress', (p) => got.push(p));
    listeners.get('job:progress')![0]!({ sender: 'secret' }, { jobId: 'j1' });
    expect(got).toEqual([{ jobId: 'j1' }]);
    off();
    expect(listeners.get('job:progress')).toEqual([]);
    expect(() => bridge.on('ipc:anything' as never, () => {})).toThrow(/not a Dossier event/);
  });
});
