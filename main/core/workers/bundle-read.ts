import { workerData } from 'node:worker_threads';
import { type ReadAheadWorkerData, runReadAhead } from '../bundle/read-ahead-job.js';

/**
 * The bundle reader: reads a bundle's records and originals ahead of an import that writes them
 * on another thread (../bundle/read-ahead.ts says why). One import per worker; it never opens
 * the case.
 */
runReadAhead(workerData as ReadAheadWorkerData);
