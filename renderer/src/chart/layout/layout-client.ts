import type { MeasureName, MeasureOptions } from '../../../../lib/graph/centrality.js';
import type { GraphEdgeLike } from '../../../../lib/graph/indexed-graph.js';
import { packRequest } from './packed-request.js';
import type { LayoutRequest, LayoutResult } from './types.js';

type Reply =
  | { requestId: number; ok: true; ids: string[]; xs: Float64Array; ys: Float64Array; ms: number }
  | { requestId: number; ok: false; message: string };

/** A centrality measure to compute off the UI thread (betweenness on 5,000 nodes takes seconds). */
export interface MeasureRequest {
  name: MeasureName;
  ids: string[];
  edges: GraphEdgeLike[];
  options: MeasureOptions;
}

/**
 * The page's handle on the chart worker: layouts and measures. One worker, requests answered
 * in order; the caller ignores answers it no longer wants.
 */
export class LayoutClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly create: () => Worker = () =>
      new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  ) {}

  /**
   * Starts the worker before it is asked for anything: loading and starting its module took
   * 100–200 ms, which a chart waiting for its layout otherwise waits for too.
   */
  warm(): void {
    this.ensure();
  }

  run(request: LayoutRequest): Promise<LayoutResult> {
    const { packed, transfer } = packRequest(request);
    return this.post({ kind: 'layout', request: packed }, transfer);
  }

  /** Scores by node id; the worker answers in the layout's result shape (scores in `xs`). */
  async measure(request: MeasureRequest): Promise<Map<string, number>> {
    const r = await this.post({ kind: 'measure', request }, []);
    return new Map(r.ids.map((id, i) => [id, r.xs[i]!]));
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('layout cancelled'));
    this.pending.clear();
  }

  private post(message: object, transfer: ArrayBuffer[]): Promise<LayoutResult> {
    const worker = this.ensure();
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage({ requestId, ...message }, transfer);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e: MessageEvent<Reply>) => {
      const p = this.pending.get(e.data.requestId);
      if (!p) return;
      this.pending.delete(e.data.requestId);
      if (e.data.ok) p.resolve({ ids: e.data.ids, xs: e.data.xs, ys: e.data.ys, ms: e.data.ms });
      else p.reject(new Error(`The chart worker failed: ${e.data.message}`));
    };
    w.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(`The chart worker stopped: ${e.message}`));
      this.pending.clear();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }
}
