/**
 * The words a case is written in, declared once: the contract, the core, the CLI and the
 * renderer import them from here, never spell them out again.
 */
export * from './admiralty.js';
export * from './citation-subject.js';
export * from './date-precision.js';
export * from './exchange-formats.js';
export * from './review-status.js';
export * from './snippet-markers.js';
export * from './tlp.js';
