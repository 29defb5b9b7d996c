import { packRequest } from './packed-request.js';
import type { LayoutRequest, LayoutResult } from './types.js';

type Reply = { requestId: number; ok: true; ids: string[]; xs: Float64Array; ys: Float64Array; ms: number } | { requestId: number; ok: false; message: string };

/**
 * The page's handle on the layout worker. One worker, requests answered in order; a newer
 * request for the same chart does not cancel an older one, the caller ignores stale answers.
 */
export class LayoutClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly create: () => Worker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })) {}

  run(request: LayoutRequest): Promise<LayoutResult> {
    const worker = this.ensure();
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      const { packed, transfer } = packRequest(request);
      worker.postMessage({ requestId, request: packed }, transfer);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('layout cancelled'));
    this.pending.clear();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e: MessageEvent<Reply>) => {
      const p = this.pending.get(e.data.requestId);
      if (!p) return;
      this.pending.delete(e.data.requestId);
      if (e.data.ok) p.resolve({ ids: e.data.ids, xs: e.data.xs, ys: e.data.ys, ms: e.data.ms });
      else p.reject(new Error(`The layout failed: ${e.data.message}`));
    };
    w.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(`The layout worker stopped: ${e.message}`));
      this.pending.clear();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }
}
