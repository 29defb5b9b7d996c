import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The request header that carries the page's session token (see host-session.ts). */
export const SESSION_HEADER = 'x-dossier-session';

/**
 * True when the Host header names this server on loopback. A page on another site that
 * rebinds its DNS name to 127.0.0.1 still sends its own name here, and is refused.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Compares tokens in constant time so the token cannot be guessed byte by byte. */
export function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * For state-changing requests: a browser always sends Origin on a cross-site POST, so when it
 * is present it must be this server. (The session header already keeps other sites out: a
 * cross-origin page cannot read the token, and a custom header forces a CORS preflight we never
 * answer; this is the second lock.)
 */
export function isSameOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
