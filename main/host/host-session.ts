import { randomBytes } from 'node:crypto';
import { sameToken } from './request-guard.js';

/** How long a printed address stays claimable; after that `dossier serve` prints a new one on request. */
const LAUNCH_CODE_TTL_MS = 10 * 60_000;

/**
 * The browser host's credentials. The printed address carries a launch code in its fragment
 * (`#launch=…`), which browsers never send to any server. The page trades it once for a
 * session token that lives only in that tab (sessionStorage, per origin) and travels in a
 * request header — never in a cookie, which every server on 127.0.0.1 would receive whatever
 * its port. A launch code works once: a second browser, profile or tab needs a new address.
 */
export class HostSession {
  private readonly codes = new Map<string, number>();
  private readonly tokens: string[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh single-use launch code. */
  issueLaunchCode(): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, this.now() + LAUNCH_CODE_TTL_MS);
    return code;
  }

  /** The session token for an unused, unexpired launch code; null otherwise. The code is spent either way. */
  claim(code: unknown): string | null {
    if (typeof code !== 'string') return null;
    for (const [known, expires] of this.codes) {
      if (!sameToken(code, known)) continue;
      this.codes.delete(known);
      if (expires < this.now()) return null;
      const token = randomBytes(32).toString('base64url');
      this.tokens.push(token);
      return token;
    }
    return null;
  }

  isValid(token: string | undefined | string[]): boolean {
    if (typeof token !== 'string') return false;
    return this.tokens.some((t) => sameToken(token, t));
  }
}
