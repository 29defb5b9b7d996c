import { DossierError } from '../core/errors.js';

/** What `dossier` exits with, so scripts can tell a usage mistake from a case they cannot write. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** The case is open read-only (or was closed): nothing was written. */
  caseNotWritable: 3,
} as const;

/** The exit code for an error a command threw. */
export function exitCodeOf(e: unknown): number {
  if (!(e instanceof DossierError)) return EXIT.failure;
  if (e.code === 'invalid-argument') return EXIT.usage;
  if (e.code === 'case-read-only' || e.code === 'case-closed') return EXIT.caseNotWritable;
  return EXIT.failure;
}
