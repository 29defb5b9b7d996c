import type { DossierBridge, EventName, Reply } from '../../../preload/contract.js';
import { openEventStream } from './event-stream.js';
import { SESSION_HEADER, sessionToken } from './host-session.js';

/**
 * The browser host's side of the contract: POST /api/<method> per call, one event stream.
 * Both carry this tab's session token in a header (host-session.ts), never a cookie.
 */
export function createHttpBridge(): DossierBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;
  const authHeaders = async (): Promise<Record<string, string>> => {
    const token = await sessionToken();
    return token ? { [SESSION_HEADER]: token } : {};
  };

  const ensureSource = () => {
    if (streaming) return;
    streaming = true;
    openEventStream('./api/events', authHeaders, (name, data) => {
      const payload = JSON.parse(data) as unknown;
      for (const l of listeners.get(name) ?? []) l(payload);
    });
  };

  const call = async (method: string, args: unknown): Promise<Reply<unknown>> => {
    let res: Response;
    try {
      res = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(await authHeaders()) },
        body: JSON.stringify(args ?? {}),
        credentials: 'omit',
      });
    } catch {
      return {
        ok: false,
        error: { code: 'host-unreachable', message: 'Dossier is not answering: is `dossier serve` still running?' },
      };
    }
    if (!res.ok) return { ok: false, error: { code: `http-${res.status}`, message: (await res.text()).slice(0, 300) } };
    return (await res.json()) as Reply<unknown>;
  };

  return new Proxy({} as DossierBridge, {
    get(_t, prop) {
      if (prop === 'on') {
        return (name: EventName, listener: (payload: unknown) => void) => {
          ensureSource();
          let set = listeners.get(name);
          if (!set) listeners.set(name, (set = new Set()));
          set.add(listener);
          return () => set.delete(listener);
        };
      }
      if (typeof prop !== 'string') return undefined;
      return (args: unknown) => call(prop, args);
    },
  });
}
