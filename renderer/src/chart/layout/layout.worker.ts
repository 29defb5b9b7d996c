/// <reference lib="webworker" />
import { measure } from '../../../../lib/graph/centrality.js';
import type { MeasureRequest } from './layout-client.js';
import { unpackRequest, type PackedRequest } from './packed-request.js';
import { runLayout } from './run-layout.js';

/**
 * The chart's worker: layouts and centrality measures, off the UI thread. One request in, one
 * answer out (a one-shot answer is as fast as the library's per-iteration worker and never
 * floods the UI thread).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

type Message = { requestId: number } & (
  { kind: 'layout'; request: PackedRequest } | { kind: 'measure'; request: MeasureRequest }
);

scope.onmessage = (e: MessageEvent<Message>) => {
  const { requestId } = e.data;
  try {
    const t0 = performance.now();
    let ids: string[];
    let xs: Float64Array;
    let ys: Float64Array;
    if (e.data.kind === 'layout') {
      ({ ids, xs, ys } = runLayout(unpackRequest(e.data.request)));
    } else {
      const r = e.data.request;
      const scores = measure(
        r.name,
        r.ids.map((id) => ({ id })),
        r.edges,
        r.options,
      );
      ids = r.ids;
      xs = Float64Array.from(ids, (id) => scores.get(id) ?? 0);
      ys = new Float64Array(0);
    }
    scope.postMessage({ requestId, ok: true, ids, xs, ys, ms: performance.now() - t0 }, [xs.buffer, ys.buffer]);
  } catch (err) {
    scope.postMessage({ requestId, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
