export { addManualEntity, addManualMention, createLink, renameEntity, type NewLink } from './edit.js';
export { findLikelyDuplicates, type DuplicateProposal } from './likely-duplicates.js';
export { recentOperations, type JournalEntry } from './journal.js';
export { mergeEntities, type MergeResult } from './merge.js';
export type { OperationResult } from './operation.js';
export { setEntityStatus, setMentionStatus } from './status.js';
export { undoLast, undoOperation, type UndoResult } from './undo.js';
