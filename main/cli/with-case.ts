import type { ReadableCase, WritableCase } from '../core/store/case-store.js';
import { CaseStore } from '../core/store/case-store.js';

/**
 * Opens the case at `path`, runs `fn` on it and closes it however `fn` ends (returned, threw,
 * or its promise settled), so every command releases the case file and its lock. Read-only
 * commands get a `ReadableCase`, so they cannot write by accident.
 */
export function withCase<T>(path: string, options: { readOnly: true }, fn: (store: ReadableCase) => T): T;
export function withCase<T>(path: string, options: { readOnly: false }, fn: (store: WritableCase) => T): T;
export function withCase<T>(path: string, options: { readOnly: boolean }, fn: (store: CaseStore) => T): T {
  const store = CaseStore.open(path, { readOnly: options.readOnly });
  let result: T;
  try {
    result = fn(store);
  } catch (e) {
    store.close();
    throw e;
  }
  if (result instanceof Promise) return result.finally(() => store.close()) as T;
  store.close();
  return result;
}
