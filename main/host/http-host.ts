import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../handlers/dispatch.js';
import type { EventBus } from '../handlers/event-bus.js';
import { SECURITY_HEADERS } from './content-security-policy.js';
import { HostSession } from './host-session.js';
import { SESSION_HEADER, isAllowedHost, isSameOrigin } from './request-guard.js';
import { readStaticFile } from './static-files.js';

export interface HttpHostOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest request body accepted (uploads arrive as base64 JSON); larger ones get 413 unread. */
  maxBodyBytes?: number;
  /** For tests: the session's clock. */
  session?: HostSession;
}

export interface HttpHost {
  port: number;
  /** The address to open: its fragment carries a single-use launch code (see host-session.ts). */
  url: string;
  /** Another single-use address, for a second tab or browser. */
  newUrl(): string;
  close(): Promise<void>;
}

const API = '/api/';
const CLAIM = '/api/session:claim';
const HEARTBEAT_MS = 15_000;
/** Uploads arrive base64-encoded in JSON; past this the body is refused before it is read. */
const DEFAULT_MAX_BODY = 96 * 1024 * 1024;

/**
 * The browser host: the built renderer and the contract over HTTP on 127.0.0.1 only.
 * POST /api/<method> with a JSON body answers the reply envelope; GET /api/events is a
 * server-sent event stream of the contract's events.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const session = options.session ?? new HostSession();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;
  const streams = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${(e as Error).message}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port))
      return send(res, 421, 'text/plain; charset=utf-8', 'wrong host: Dossier answers only on 127.0.0.1');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith(API)) {
      if (req.method === 'POST' && !isSameOrigin(req, port))
        return send(res, 403, 'text/plain; charset=utf-8', 'cross-origin request refused');
      if (url.pathname === CLAIM) return claim(req, res);
      if (!session.isValid(req.headers[SESSION_HEADER])) {
        return send(
          res,
          401,
          'text/plain; charset=utf-8',
          'This page has no Dossier session: open the address printed by `dossier serve` (each address works once).',
        );
      }
    }
    if (url.pathname === `${API}events`) {
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
      return openEventStream(res);
    }
    if (url.pathname.startsWith(API)) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      const method = decodeMethod(url.pathname.slice(API.length));
      if (method === null) return send(res, 400, 'text/plain; charset=utf-8', 'malformed method name in the address');
      const args = await readJson(req, res);
      if (args === undefined) return;
      return json(res, await options.dispatch(method, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    const file = readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
  }

  /** Trades a launch code (sent by the page from its address fragment) for a session token. */
  async function claim(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
    const body = await readJson(req, res);
    if (body === undefined) return;
    const token = session.claim((body as { code?: unknown } | null)?.code);
    if (!token)
      return send(
        res,
        401,
        'text/plain; charset=utf-8',
        'This address was used already or has expired. Press Enter where `dossier serve` runs for a new one.',
      );
    return json(res, { token });
  }

  /** The JSON body, or undefined once a refusal has been sent. */
  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      return void send(res, 415, 'text/plain; charset=utf-8', 'send JSON');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return void refuseTooLarge(res);
    const body = await readBody(req, maxBody);
    if (body === null) return void refuseTooLarge(res);
    try {
      return body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
    } catch {
      return void json(res, {
        ok: false,
        error: { code: 'invalid-argument', message: 'the request body is not valid JSON' },
      });
    }
  }

  function refuseTooLarge(res: ServerResponse): void {
    res.setHeader('Connection', 'close');
    send(
      res,
      413,
      'text/plain; charset=utf-8',
      `request larger than ${Math.round(maxBody / 1024 / 1024)} MB: import big files with the desktop app or \`dossier ingest\``,
    );
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
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
  const newUrl = () => `http://127.0.0.1:${port}/#launch=${session.issueLaunchCode()}`;
  return {
    port,
    url: newUrl(),
    newUrl,
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

/** The method name from the address, or null when its percent-encoding is broken. */
function decodeMethod(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
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
