import type { SkippedFile } from './types.js';

/**
 * Thrown by a reader when a file cannot be imported for a reason the analyst should see
 * (broken, encrypted, empty …). The importer turns it into a skipped entry and goes on.
 */
export class SkipError extends Error {
  constructor(
    readonly kind: SkippedFile['kind'],
    reason: string,
  ) {
    super(reason);
    this.name = 'SkipError';
  }
}

export function isSkipError(e: unknown): e is SkipError {
  return e instanceof SkipError;
}
