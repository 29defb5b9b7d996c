/**
 * The browser host's session in the page. `dossier serve` prints an address whose fragment
 * carries a single-use launch code; the page trades it for a session token that stays in this
 * tab (sessionStorage survives a reload, is never sent anywhere by the browser on its own, and
 * no other origin — another port on 127.0.0.1 included — can read it).
 */
const STORAGE_KEY = 'dossier-session';
export const SESSION_HEADER = 'X-Dossier-Session';

let pending: Promise<string | null> | null = null;

/** The session token, claiming it from the address's launch code on first use. */
export function sessionToken(): Promise<string | null> {
  pending ??= claimOrRestore();
  return pending;
}

async function claimOrRestore(): Promise<string | null> {
  const code = /launch=([\w-]+)/.exec(window.location.hash)?.[1];
  if (code) {
    // The code is spent by the claim whatever happens: take it out of the address bar and history,
    // keeping the rest of the fragment (the e2e tests add their own flag there).
    const rest = window.location.hash.replace(/#?launch=[\w-]+/, '').replace(/^#/, '');
    window.history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
    const res = await fetch('./api/session:claim', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
      credentials: 'omit',
    }).catch(() => null);
    if (res?.ok) {
      const { token } = (await res.json()) as { token: string };
      window.sessionStorage.setItem(STORAGE_KEY, token);
      return token;
    }
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
