/**
 * An error an analyst can act on: a stable code for programs and a one-line message for people.
 * Everything the CLI, the contract and the UI show comes from here, never a stack trace.
 */
export class DossierError extends Error {
  constructor(
    readonly code: DossierErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export type DossierErrorCode =
  | 'not-a-case'
  | 'case-too-new'
  | 'case-corrupt'
  | 'case-locked'
  | 'case-exists'
  | 'not-found'
  | 'invalid-argument'
  | 'invalid-query'
  | 'import-failed'
  | 'bundle-invalid'
  | 'bundle-signature'
  | 'wrong-passphrase'
  | 'tlp-exceeded'
  | 'cancelled'
  | 'unsupported'
  | 'permission-denied'
  | 'internal';

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof DossierError;
}

/** The message to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
