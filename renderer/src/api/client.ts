import type {
  ArgsOf,
  DossierBridge,
  EventName,
  EventPayload,
  MethodName,
  Reply,
  ResultOf,
} from '../../../preload/contract.js';
import { createHttpBridge } from './http-bridge.js';

/** A refused or failed call, with the contract's error code and its one-line message. */
export class ContractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}

/** How the UI talks to main: typed calls that resolve to the result or throw ContractError. */
export interface DossierClient {
  readonly host: 'electron' | 'browser';
  call<M extends MethodName>(
    method: M,
    ...args: Partial<ArgsOf<M>> extends ArgsOf<M> ? [ArgsOf<M>?] : [ArgsOf<M>]
  ): Promise<ResultOf<M>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

/** `window.dossier` inside Electron; the HTTP bridge to the browser host otherwise. Same types. */
export function createClient(): DossierClient {
  const bridge = window.dossier ?? createHttpBridge();
  return {
    host: window.dossier ? 'electron' : 'browser',
    async call(method, ...rest) {
      const fn = bridge[method] as (a: unknown) => Promise<Reply<unknown>>;
      const reply = await fn(rest[0] ?? {});
      if (!reply.ok) throw new ContractError(reply.error.code, reply.error.message);
      return reply.value as never;
    },
    on: (name, listener) => bridge.on(name, listener),
  };
}
