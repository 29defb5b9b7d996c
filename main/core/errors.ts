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
  /** A write to a case opened read-only. */
  | 'case-read-only'
  /** A call on a case store after it was closed. */
  | 'case-closed'
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

/** The message to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
