import { describe, expect, it } from 'vitest';
import {
  guardWebContents,
  installSessionGuards,
  isAllowedRequest,
  isAppFrameUrl,
} from '../../../main/electron/security.js';
import { fakeElectron, FakeWebContents } from './fakes.js';

describe('session guards', () => {
  it('deny every permission request and check', () => {
    const { session } = fakeElectron('/tmp/none');
    installSessionGuards(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      session.permissionRequest!(null, permission, (ok: boolean) => (granted = ok));
      expect(granted, permission).toBe(false);
      expect(session.permissionCheck!(null, permission)).toBe(false);
    }
    expect(session.deviceCheck!({})).toBe(false);
    expect(session.spellChecker).toBe(false);
  });

  it('cancel every request that is not the app protocol, devtools or an in-page data/blob URL', () => {
    const { session } = fakeElectron('/tmp/none');
    installSessionGuards(session as never);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'ws://localhost/',
      'ftp://x/',
      'app-evil://dossier/',
      'not a url',
    ]) {
      expect(verdict(url), url).toBe(true);
    }
    for (const url of [
      'app://dossier/index.html',
      'app://dossier/assets/index.js',
      'devtools://devtools/bundled/inspector.html',
      'data:image/svg+xml,<svg/>',
      'blob:app://dossier/1234',
    ]) {
      expect(verdict(url), url).toBe(false);
    }
    expect(isAllowedRequest('https://dossier/')).toBe(false);
  });
});

describe('web contents guards', () => {
  it('prevent navigation, redirects and webviews, and deny window.open', () => {
    const wc = new FakeWebContents();
    guardWebContents(wc as never);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      wc.fire(name, { preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, name).toBe(true);
    }
    expect(wc.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('trust IPC only from the app origin', () => {
    expect(isAppFrameUrl('app://dossier/index.html')).toBe(true);
    expect(isAppFrameUrl('app://other/index.html')).toBe(false);
    expect(isAppFrameUrl('https://dossier/')).toBe(false);
    expect(isAppFrameUrl(undefined)).toBe(false);
  });
});
