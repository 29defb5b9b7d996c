/// <reference lib="webworker" />
import { unpackRequest, type PackedRequest } from './packed-request.js';
import { runLayout } from './run-layout.js';

/**
 * The layout worker: one request in, one set of positions out (a one-shot worker posting once
 * is as fast as the library's per-iteration worker and never floods the UI thread).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<{ requestId: number; request: PackedRequest }>) => {
  const { requestId, request } = e.data;
  try {
    const r = runLayout(unpackRequest(request));
    scope.postMessage({ requestId, ok: true, ids: r.ids, xs: r.xs, ys: r.ys, ms: r.ms }, [r.xs.buffer, r.ys.buffer]);
  } catch (err) {
    scope.postMessage({ requestId, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
