import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-entry.js';
import type { FromWorker, IngestWorkerData } from './job-messages.js';

/** One ingest worker thread and who is listening to it now (the import that leased it). */
export interface PooledWorker {
  readonly worker: Worker;
  /** Messages go to the import holding the worker; a worker that dies tells it with `failed`. */
  listener: ((m: FromWorker) => void) | null;
  /** Started past the pool's size for one import, and ended with it. */
  readonly temporary: boolean;
}

/**
 * Young generation of a worker's heap. Extraction makes many short-lived objects, which V8's
 * default size scavenges (and promotes) often. Measured on one warm
 * worker extracting 200 news-like documents of 566 words: 19–22 ms of CPU per document by
 * default, 18–20 at 64 MB, 17 at 128 MB (which costs more memory per worker).
 */
const YOUNG_MB = 64;

/** Workers kept after the last import for this long, then ended (each holds the extraction data). */
export const POOL_IDLE_MS = 5 * 60_000;

/**
 * Ingest worker threads kept warm between imports. Starting one costs most of a second of CPU
 * (it loads extraction's code and data), which a 200-file import paid again for every worker on
 * every import. The pool starts workers when first asked (or when warmed: the caller opened a
 * case it may import into), lends them to one import at a time and takes them back after it.
 *
 * An idle worker is unref'd, so it never keeps the process (the CLI, a test run) alive, and it
 * is ended after POOL_IDLE_MS without work. A worker that an import could not release cleanly
 * (it failed, or still held files when the import stopped) is ended rather than reused, so the
 * next import never receives an earlier one's messages.
 */
export class IngestPool {
  private readonly idle: PooledWorker[] = [];
  private readonly all = new Set<PooledWorker>();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly size: number = defaultPoolSize(),
    private readonly idleMs: number = POOL_IDLE_MS,
  ) {}

  /** Workers started and not ended (idle or lent). */
  get started(): number {
    return this.all.size;
  }

  /** Workers waiting for an import, started already. */
  get available(): number {
    return this.idle.length;
  }

  /** Starts workers up to the pool's size without waiting for them, so the next import finds them ready. */
  warm(count = this.size): void {
    while (this.all.size < Math.min(count, this.size)) {
      const w = this.spawn(false);
      this.idle.push(w);
      w.worker.unref();
    }
    this.armIdleTimer();
  }

  /** Lends `count` workers to one import: idle ones first, then new ones (past the size only for this import). */
  lease(count: number): PooledWorker[] {
    this.clearIdleTimer();
    const out = this.idle.splice(0, count);
    while (out.length < count) out.push(this.spawn(this.all.size >= this.size));
    for (const w of out) w.worker.ref();
    return out;
  }

  /** Takes a worker back; one not `clean` (or temporary) is ended instead. */
  async release(w: PooledWorker, clean: boolean): Promise<void> {
    w.listener = null;
    if (!this.all.has(w)) return;
    if (!clean || w.temporary) {
      await this.end(w);
      return;
    }
    w.worker.unref();
    this.idle.push(w);
    this.armIdleTimer();
  }

  /** Ends every worker (the app is quitting, or a test is done with its pool). */
  async close(): Promise<void> {
    this.clearIdleTimer();
    this.idle.length = 0;
    await Promise.all([...this.all].map((w) => this.end(w)));
  }

  private spawn(temporary: boolean): PooledWorker {
    const data: IngestWorkerData = { warm: true };
    const worker = startWorker('ingest', { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    const w: PooledWorker = { worker, listener: null, temporary };
    this.all.add(w);
    const gone = (message: string): void => {
      if (!this.all.delete(w)) return;
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
      w.listener?.({ type: 'failed', job: null, message });
    };
    worker.on('message', (m: FromWorker) => {
      if (w.listener) w.listener(m);
      // A warm-up that failed outside any import: the worker is of no use, end it.
      else if (m.type === 'failed') void this.end(w);
    });
    worker.on('error', (e) => gone(`an import worker failed: ${e.message}`));
    worker.on('exit', (code) => gone(`an import worker exited (code ${code})`));
    return w;
  }

  private async end(w: PooledWorker): Promise<void> {
    this.all.delete(w);
    const at = this.idle.indexOf(w);
    if (at >= 0) this.idle.splice(at, 1);
    w.listener = null;
    await w.worker.terminate();
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    if (!this.idle.length || this.idle.length < this.all.size) return;
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** One worker per core, at most 4: the writing thread needs little, so it gets no core of its own. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

let shared: IngestPool | null = null;

/** The process's pool, used by every import that is not given one. */
export function sharedIngestPool(): IngestPool {
  shared ??= new IngestPool();
  return shared;
}

/**
 * Starts the shared pool's workers in the background, so the first import does not wait for
 * them; call when a case opens for writing. Costs nothing more if they are running already.
 */
export function warmIngestPool(): void {
  sharedIngestPool().warm();
}
