import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../main/host/http-host.js';
import { HostSession } from '../../../main/host/host-session.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/host/content-security-policy.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-host-');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function host(
  options: { maxBodyBytes?: number; session?: HostSession } = {},
): Promise<{ host: HttpHost; auth: Record<string, string>; runtime: ReturnType<typeof makeRuntime> }> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const runtime = makeRuntime(dir);
  const h = await startHttpHost({
    dispatch: runtime.dispatch,
    events: runtime.ctx.events,
    rendererDir,
    port: 0,
    ...options,
  });
  cleanups.push(
    () => runtime.shutdown(),
    () => h.close(),
  );
  const claimed = await claim(h.port, launchCode(h.url));
  expect(claimed.status).toBe(200);
  return { host: h, auth: { 'X-Dossier-Session': (JSON.parse(claimed.body) as { token: string }).token }, runtime };
}

function launchCode(url: string): string {
  return new URL(url).hash.replace('#launch=', '');
}

function claim(port: number, code: string): Promise<Res> {
  return send(port, '/api/session:claim', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
}

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser host', () => {
  it('listens on loopback only and prints an address whose fragment carries a launch code', async () => {
    const { host: h } = await host();
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/#launch=[\\w-]{32,}$`));
  });

  it('trades each launch code once for a session token, and never sets a cookie', async () => {
    const { host: h } = await host();
    const code = launchCode(h.newUrl());
    const first = await claim(h.port, code);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    // The same address in another browser or tab gets nothing: it was used.
    expect((await claim(h.port, code)).status).toBe(401);
    expect((await claim(h.port, 'wrong')).status).toBe(401);
    const index = await send(h.port, '/');
    expect(index.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a launch code after it expires', async () => {
    let now = 0;
    const session = new HostSession(() => now);
    const { host: h } = await host({ session });
    const code = launchCode(h.newUrl());
    now += 11 * 60_000;
    expect((await claim(h.port, code)).status).toBe(401);
  });

  it('refuses every API request without the session header, and any Host but its own (DNS rebinding)', async () => {
    const { host: h, auth } = await host();
    expect(
      (
        await send(h.port, '/api/case:current', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    // A cookie carries nothing any more: the old credential route is closed.
    expect(
      (
        await send(h.port, '/api/case:current', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: `dossier-token=${auth['X-Dossier-Session']}` },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    expect((await send(h.port, '/api/events')).status).toBe(401);
    const rebound = await send(h.port, '/', { headers: { Host: `evil.example:${h.port}` } });
    expect(rebound.status).toBe(421);
    expect(
      (
        await send(h.port, '/api/case:current', {
          method: 'POST',
          headers: { Host: `evil.example:${h.port}`, 'Content-Type': 'application/json', ...auth },
          body: '{}',
        })
      ).status,
    ).toBe(421);
    expect((await send(h.port, '/', { headers: { Host: `localhost:${h.port}` } })).status).toBe(200);
  });

  it('answers 400 to a malformed method name and 413 to a body past the bound, before reading it', async () => {
    const { host: h, auth } = await host({ maxBodyBytes: 1024 });
    const headers = { 'Content-Type': 'application/json', ...auth };
    expect((await send(h.port, '/api/%E0%A4%A', { method: 'POST', headers, body: '{}' })).status).toBe(400);
    const big = await send(h.port, '/api/case:current', {
      method: 'POST',
      headers,
      body: JSON.stringify({ pad: 'x'.repeat(4096) }),
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatch(/larger than/);
  });

  it('serves the renderer with the app CSP, and nothing outside it', async () => {
    const { host: h } = await host();
    const index = await send(h.port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Dossier</title>');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(h.port, '/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      expect((await send(h.port, p)).status, p).toBe(404);
    }
  });

  it('answers contract calls with the reply envelope and refuses cross-origin posts', async () => {
    const { host: h, auth } = await host();
    const headers = { ...auth, 'Content-Type': 'application/json' };
    const created = await send(h.port, '/api/case:create', {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Over HTTP' }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
    const refused = await send(h.port, '/api/case:create', {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 42 }),
    });
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const broken = await send(h.port, '/api/case:current', { method: 'POST', headers, body: '{nope' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const foreign = await send(h.port, '/api/case:close', {
      method: 'POST',
      headers: { ...headers, Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const current = await send(h.port, '/api/case:current', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(current.body).value.title).toBe('Over HTTP');
    expect((await send(h.port, '/api/case:current', { headers })).status).toBe(405);
  });

  it('streams contract events as server-sent events', async () => {
    const { host: h, auth, runtime } = await host();
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: h.port, path: '/api/events', headers: { Host: `127.0.0.1:${h.port}`, ...auth } },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream');
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes(': connected'))
              runtime.ctx.events.emit('case:changed', { summary: null, kinds: ['entity'] });
            if (text.includes('event: case:changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: case:changed\ndata: {"summary":null,"kinds":["entity"]}\n\n');
  });
});
