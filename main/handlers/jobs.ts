import type { jobMethods } from '../../preload/contract/jobs.js';
import type { DomainHandlers } from './define.js';

export const jobHandlers: DomainHandlers<typeof jobMethods> = {
  'jobs:list': (_args, ctx) => ctx.jobs.list(),
  'jobs:cancel': ({ jobId }, ctx) => ctx.jobs.cancel(jobId),
};
