import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedIngestPool } from '../../../main/core/ingest/ingest-pool.js';
import { CaseSession } from '../../../main/handlers/case-session.js';
import { createAppRuntime } from '../../../main/host/host-runtime.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('the case session gets imports ready when a case opens writable', () => {
  it('calls back on a writable create or open, never on a read-only open', () => {
    const dir = tempDir();
    let warmed = 0;
    const session = new CaseSession(join(dir, 'sample.dossier'), () => warmed++);
    const path = join(dir, 'a.dossier');
    session.create(path, { title: 'A', tlp: 'TLP:AMBER' });
    expect(warmed).toBe(1);
    session.open(path, true);
    expect(session.require().readOnly).toBe(true);
    expect(warmed).toBe(1);
    session.open(path, false);
    expect(warmed).toBe(2);
    session.close();
  });
});

describe("the app's runtime", () => {
  afterEach(async () => {
    await sharedIngestPool().close();
  });

  it('starts the import workers soon after a case opens, before any import', async () => {
    const runtime = createAppRuntime(
      tempDir(),
      { kind: 'browser', versions: { electron: null, chromium: null } },
      () => {},
    );
    const pool = sharedIngestPool();
    await pool.close();
    expect(pool.started).toBe(0);
    const reply = await runtime.dispatch('case:create', {
      title: 'Warm',
      path: join(runtime.ctx.paths.cases, 'w.dossier'),
    });
    expect(reply.ok).toBe(true);
    expect(pool.started).toBe(0); // not while the case is being drawn
    const until = Date.now() + 10_000;
    while (pool.available < pool.size && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(pool.available).toBe(pool.size);
    runtime.shutdown();
  });
});
