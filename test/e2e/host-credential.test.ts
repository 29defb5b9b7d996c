import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, homeWithSample, isLoopback, launchChromium, startServe } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-cred-');
let browser: Browser;
const stops: (() => void)[] = [];
beforeAll(async () => {
  buildApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const s of stops) s();
});

/** Another local service, on another port of 127.0.0.1, that records what browsers send it. */
async function spyServer(): Promise<{ port: number; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' });
    res.end('<!doctype html><title>another local service</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => server.close());
  return { port: (server.address() as AddressInfo).port, seen };
}

describe('the browser host credential', () => {
  it('never reaches another local service, works once, and only in the tab that claimed it', async () => {
    const home = tempDir();
    await homeWithSample(home);
    const serve = await startServe(home);
    stops.push(() => serve.process.kill('SIGINT'));
    const spy = await spyServer();

    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(serve.url);
    await page.getByRole('button', { name: 'Open sample case' }).click();
    await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
    // The launch code is gone from the address bar, and nothing was stored as a cookie.
    expect(new URL(page.url()).hash).toBe('');
    expect(await context.cookies()).toEqual([]);

    // The same browser visiting another service on 127.0.0.1 sends it nothing of Dossier's.
    const other = await context.newPage();
    await other.goto(`http://127.0.0.1:${spy.port}/`);
    // The app page itself cannot even reach it (the CSP allows its own origin only).
    const reached = await page.evaluate(
      (port) =>
        fetch(`http://127.0.0.1:${port}/from-the-app`, { mode: 'no-cors' }).then(
          () => true,
          () => false,
        ),
      spy.port,
    );
    expect(reached).toBe(false);
    expect(spy.seen.length).toBeGreaterThanOrEqual(1);
    for (const headers of spy.seen) {
      expect(headers.cookie ?? '').not.toMatch(/dossier/i);
      expect(Object.keys(headers)).not.toContain('x-dossier-session');
    }

    // A reload keeps this tab's session.
    await page.reload();
    await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();

    // The printed address in another browser context (another profile, another person) gets nothing.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(serve.url);
    const status = await stranger.evaluate(() =>
      fetch('./api/case:current', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
        (r) => r.status,
      ),
    );
    expect(status).toBe(401);
    await stranger
      .getByText(/no Dossier session|used already/)
      .first()
      .waitFor();

    expect(requests.filter((u) => !isLoopback(u))).toEqual([]);
    await context.close();
  });
});
