import { appHandlers } from './app.js';
import { auditHandlers } from './audit.js';
import { bundleHandlers } from './bundle.js';
import { caseHandlers } from './case.js';
import { chartHandlers } from './chart.js';
import type { AllHandlers } from './define.js';
import { documentHandlers } from './documents.js';
import { documentEditHandlers } from './documents-edit.js';
import { documentReaderHandlers } from './documents-reader.js';
import { duplicateHandlers } from './duplicates.js';
import { entityEditHandlers } from './entity-edit.js';
import { entityHandlers } from './entities.js';
import { eventEditHandlers } from './events-edit.js';
import { historyHandlers } from './history.js';
import { linkHandlers } from './links.js';
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
  ...documentEditHandlers,
  ...documentReaderHandlers,
  ...duplicateHandlers,
  ...entityEditHandlers,
  ...entityHandlers,
  ...eventEditHandlers,
  ...historyHandlers,
  ...linkHandlers,
  ...jobHandlers,
  ...searchHandlers,
} satisfies AllHandlers;
