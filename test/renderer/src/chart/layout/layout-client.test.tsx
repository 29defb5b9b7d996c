// A .tsx file so the renderer's compiler settings (DOM types: Worker) check it.
import { describe, expect, test } from 'vitest';
import { LayoutClient } from '../../../../../renderer/src/chart/layout/layout-client.js';

/** A stand-in for the chart worker: records what it is sent; the test answers for it. */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  readonly sent: { requestId: number; kind: string }[] = [];
  terminated = false;
  postMessage(message: { requestId: number; kind: string }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function clientWithFakes() {
  const made: FakeWorker[] = [];
  const client = new LayoutClient(() => {
    const w = new FakeWorker();
    made.push(w);
    return w as unknown as Worker;
  });
  return { client, made };
}

describe('LayoutClient', () => {
  test('warm starts the worker before any request, and the first request goes to it', async () => {
    const { client, made } = clientWithFakes();
    expect(made).toHaveLength(0);
    client.warm();
    client.warm();
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toHaveLength(0);

    const result = client.run({ name: 'circle', nodes: [{ id: 'a' }, { id: 'b' }], edges: [] });
    expect(made).toHaveLength(1);
    const { requestId, kind } = made[0]!.sent[0]!;
    expect(kind).toBe('layout');
    made[0]!.onmessage!({
      data: { requestId, ok: true, ids: ['a', 'b'], xs: new Float64Array([1, 2]), ys: new Float64Array([3, 4]), ms: 5 },
    });
    await expect(result).resolves.toMatchObject({ ids: ['a', 'b'], ms: 5 });
  });

  test('dispose stops a warmed worker and refuses what was pending', async () => {
    const { client, made } = clientWithFakes();
    client.warm();
    const result = client.run({ name: 'grid', nodes: [{ id: 'a' }], edges: [] });
    client.dispose();
    expect(made[0]!.terminated).toBe(true);
    await expect(result).rejects.toThrow('layout cancelled');
  });
});
