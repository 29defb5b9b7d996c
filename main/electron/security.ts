import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

/** Requests the app may make: its own protocol, devtools, and in-page data/blob URLs. */
export function isAllowedRequest(url: string): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return false;
  }
  return scheme === `${APP_SCHEME}:` || scheme === 'devtools:' || scheme === 'data:' || scheme === 'blob:';
}

/** True for a frame of the app itself: the only sender whose IPC calls are answered. */
export function isAppFrameUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    // Not `origin`: WHATWG URL gives non-special schemes the opaque origin "null".
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

type SessionGuards = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  setSpellCheckerEnabled?: Session['setSpellCheckerEnabled'];
};

/**
 * Deny by default, for the whole session: no permission is ever granted (camera, geolocation,
 * notifications, USB …), and every request that is not the app's own is cancelled before it
 * leaves — so the app is offline by construction, not by the network being absent.
 */
export function installSessionGuards(session: SessionGuards): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  // The spell checker downloads dictionaries from the network on first use.
  session.setSpellCheckerEnabled?.(false);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from the app, no new windows, no <webview>. Applied to every web contents. */
export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // Sub-frames (a document's HTML shown in the reader, say) may not navigate either.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
