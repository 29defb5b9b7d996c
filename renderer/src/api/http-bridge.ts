import type { DossierBridge, EventName, Reply } from '../../../preload/contract.js';

/**
 * The browser host's side of the contract: POST /api/<method> per call, one EventSource for
 * events. The session cookie (HttpOnly, set by the host) authenticates both.
 */
export function createHttpBridge(): DossierBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const attached = new Set<string>();

  const ensureSource = (name: string) => {
    source ??= new EventSource('./api/events');
    if (attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (e) => {
      const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
      for (const l of listeners.get(name) ?? []) l(payload);
    });
  };

  const call = async (method: string, args: unknown): Promise<Reply<unknown>> => {
    let res: Response;
    try {
      res = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return { ok: false, error: { code: 'host-unreachable', message: 'Dossier is not answering: is `dossier serve` still running?' } };
    }
    if (!res.ok) return { ok: false, error: { code: `http-${res.status}`, message: (await res.text()).slice(0, 300) } };
    return (await res.json()) as Reply<unknown>;
  };

  return new Proxy({} as DossierBridge, {
    get(_t, prop) {
      if (prop === 'on') {
        return (name: EventName, listener: (payload: unknown) => void) => {
          ensureSource(name);
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
