import { appHandlers } from './app.js';
import { auditHandlers } from './audit.js';
import { bundleHandlers } from './bundle.js';
import { caseHandlers } from './case.js';
import { chartHandlers } from './chart.js';
import type { AllHandlers } from './define.js';
import { documentHandlers } from './documents.js';
import { duplicateHandlers } from './duplicates.js';
import { entityHandlers } from './entities.js';
import { historyHandlers } from './history.js';
import { jobHandlers } from './jobs.js';
import { searchHandlers } from './search.js';

/** Every contract method's handler. One line per domain; typecheck fails if one is missing. */
export const handlers = {
  ...appHandlers,
  ...auditHandlers,
  ...bundleHandlers,
  ...caseHandlers,
  ...chartHandlers,
  ...documentHandlers,
  ...duplicateHandlers,
  ...entityHandlers,
  ...historyHandlers,
  ...jobHandlers,
  ...searchHandlers,
} satisfies AllHandlers;
