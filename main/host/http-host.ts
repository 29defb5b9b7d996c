import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../handlers/dispatch.js';
import type { EventBus } from '../handlers/event-bus.js';
import { SECURITY_HEADERS } from './content-security-policy.js';
import { TOKEN_COOKIE, isAllowedHost, isSameOrigin, sameToken, tokenFromCookie } from './request-guard.js';
import { readStaticFile } from './static-files.js';

export interface HttpHostOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed for tests; a fresh random token per run otherwise. */
  token?: string;
  /** Largest request body accepted (uploads arrive as base64 JSON). */
  maxBodyBytes?: number;
}

export interface HttpHost {
  port: number;
  token: string;
  /** The address to open: carries the token once, which the server swaps for a cookie. */
  url: string;
  close(): Promise<void>;
}

const API = '/api/';
const HEARTBEAT_MS = 15_000;

/**
 * The browser host: the built renderer and the contract over HTTP on 127.0.0.1 only.
 * POST /api/<method> with a JSON body answers the reply envelope; GET /api/events is a
 * server-sent event stream of the contract's events.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 300 * 1024 * 1024;
  let port = 0;
  const streams = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${(e as Error).message}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'wrong host: Dossier answers only on 127.0.0.1');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, 'text/plain; charset=utf-8', 'wrong token: use the address printed by dossier serve');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!sameToken(tokenFromCookie(req), token)) {
      return send(res, 401, 'text/plain; charset=utf-8', 'Dossier needs the address printed by `dossier serve` (it carries this run\'s token).');
    }
    if (url.pathname === `${API}events`) {
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
      return openEventStream(res);
    }
    if (url.pathname.startsWith(API)) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!isSameOrigin(req, port)) return send(res, 403, 'text/plain; charset=utf-8', 'cross-origin request refused');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(res, 415, 'text/plain; charset=utf-8', 'send JSON');
      const body = await readBody(req, maxBody);
      if (body === null) return send(res, 413, 'text/plain; charset=utf-8', `request larger than ${maxBody} bytes`);
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return json(res, { ok: false, error: { code: 'invalid-argument', message: 'the request body is not valid JSON' } });
      }
      const method = decodeURIComponent(url.pathname.slice(API.length));
      return json(res, await options.dispatch(method, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    const file = readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.events.subscribe((name, payload) => {
      res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(beat);
      unsubscribe();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function json(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The whole body, or null once it passes `limit` (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
