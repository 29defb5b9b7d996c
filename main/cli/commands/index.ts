import type { Command } from '../command.js';
import { auditCommand } from './case-audit.js';
import { checkCommand } from './case-check.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { keysCommand } from './keys.js';
import { verifyCommand } from './verify.js';
import { infoCommand } from './case-info.js';
import { extractCommand } from './extract.js';
import { duplicatesCommand } from './entity-duplicates.js';
import { mergeCommand } from './entity-merge.js';
import { redoCommand } from './entity-redo.js';
import { undoCommand } from './entity-undo.js';
import { ingestCommand } from './ingest.js';
import { reextractCommand } from './reextract.js';
import { newCommand } from './case-new.js';
import { searchCommand } from './case-search.js';
import { serveCommand } from './serve.js';

/** Every `dossier` sub-command, in the order `dossier --help` lists them. Add new ones here. */
export const commands: readonly Command[] = [
  newCommand,
  infoCommand,
  searchCommand,
  auditCommand,
  checkCommand,
  serveCommand,
  ingestCommand,
  extractCommand,
  reextractCommand,
  duplicatesCommand,
  mergeCommand,
  undoCommand,
  redoCommand,
  exportCommand,
  verifyCommand,
  importCommand,
  keysCommand,
];
