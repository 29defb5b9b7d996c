import { workerData } from 'node:worker_threads';
import { type ReadAheadJob, type ReaderThreadData, runReadAhead } from '../bundle/read-ahead-job.js';

/**
 * The bundle reader: reads a bundle's records and originals ahead of an import that writes them
 * on another thread (../bundle/read-ahead.ts says why). One import per worker; it never opens
 * the case. It starts before the import has opened the bundle, and waits for its job.
 */
const thread = workerData as ReaderThreadData;
thread.port.once('message', (job: ReadAheadJob) => runReadAhead({ ...job, ...thread }));
