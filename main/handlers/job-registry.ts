import { randomUUID } from 'node:crypto';
import type { JobStatus } from '../../preload/contract.js';
import { DossierError, messageOf } from '../core/errors.js';
import type { EventBus } from './event-bus.js';

/** What a running job may do: report progress and results, and notice cancellation. */
export interface JobHandle {
  readonly signal: AbortSignal;
  progress(patch: Partial<Pick<JobStatus, 'done' | 'total' | 'currentItem'>>): void;
  fileDone(file: JobStatus['files'][number]): void;
  skipped(file: JobStatus['skipped'][number]): void;
}

// Progress events are throttled so a fast import does not flood the renderer; state changes
// (start, finish) always go out at once.
const EMIT_EVERY_MS = 100;

interface Entry {
  status: JobStatus;
  abort: AbortController;
  lastEmit: number;
  pending: ReturnType<typeof setTimeout> | null;
}

/** Background jobs (imports, the sample case build) with progress pushed as `job:progress`. */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  constructor(private readonly events: EventBus) {}

  list(): JobStatus[] {
    return [...this.jobs.values()].map((j) => structuredClone(j.status));
  }

  get(jobId: string): JobStatus {
    const j = this.jobs.get(jobId);
    if (!j) throw new DossierError('not-found', `no background job ${jobId}`);
    return structuredClone(j.status);
  }

  /** Starts `run` without waiting for it; its outcome lands in the job's status. */
  start(
    kind: string,
    label: string,
    total: number,
    run: (job: JobHandle) => Promise<void>,
  ): { jobId: string; finished: Promise<JobStatus> } {
    const jobId = randomUUID();
    const abort = new AbortController();
    const status: JobStatus = {
      jobId,
      kind,
      label,
      state: 'running',
      done: 0,
      total,
      currentItem: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      files: [],
      skipped: [],
      error: null,
    };
    const entry: Entry = { status, abort, lastEmit: 0, pending: null };
    this.jobs.set(jobId, entry);
    this.emit(entry, true);
    const handle: JobHandle = {
      signal: abort.signal,
      progress: (patch) => {
        Object.assign(status, patch);
        this.emit(entry, false);
      },
      fileDone: (file) => {
        status.files.push(file);
        this.emit(entry, false);
      },
      skipped: (file) => {
        status.skipped.push(file);
        this.emit(entry, false);
      },
    };
    const finished = (async () => {
      try {
        await run(handle);
        status.state = abort.signal.aborted ? 'cancelled' : 'done';
      } catch (e) {
        status.state = abort.signal.aborted ? 'cancelled' : 'failed';
        if (status.state === 'failed') status.error = messageOf(e);
      }
      status.finishedAt = new Date().toISOString();
      status.currentItem = null;
      this.emit(entry, true);
      return structuredClone(status);
    })();
    return { jobId, finished };
  }

  cancel(jobId: string): JobStatus {
    const j = this.jobs.get(jobId);
    if (!j) throw new DossierError('not-found', `no background job ${jobId}`);
    if (j.status.state === 'running') j.abort.abort();
    return structuredClone(j.status);
  }

  /** Forgets finished jobs, e.g. when the case closes. */
  clearFinished(): void {
    for (const [id, j] of this.jobs) if (j.status.state !== 'running') this.jobs.delete(id);
  }

  private emit(entry: Entry, force: boolean): void {
    const now = Date.now();
    if (!force && now - entry.lastEmit < EMIT_EVERY_MS) {
      // A trailing emit, so the last change before a quiet spell is not lost.
      entry.pending ??= setTimeout(() => this.emit(entry, true), EMIT_EVERY_MS - (now - entry.lastEmit));
      return;
    }
    if (entry.pending) clearTimeout(entry.pending);
    entry.pending = null;
    entry.lastEmit = now;
    this.events.emit('job:progress', structuredClone(entry.status));
  }
}
