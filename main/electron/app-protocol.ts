import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../host/content-security-policy.js';
import { readStaticFile } from '../host/static-files.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready: app:// is a standard, secure origin (so 'self' in the CSP,
 * fetch and module scripts work as on https) but gets no extra powers (no CORS bypass, no
 * service workers).
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** The response for one app:// request: the built renderer's file with the app's security headers. */
export function appProtocolResponse(rendererDir: string, requestUrl: string): Response {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
  const file = readStaticFile(rendererDir, url.pathname);
  if (!file) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}

/** Serves dist/renderer on app:// (from files read directly: no file:// URL is ever loaded). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request.url));
}
