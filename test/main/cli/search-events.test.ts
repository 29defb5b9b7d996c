import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-io.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier search finds events by their counts', () => {
  it('finds an imported attack by "killed 5" though the text says "killing five"', async () => {
    const dir = tempDir();
    const path = join(dir, 'c.dossier');
    const report = join(dir, 'report.txt');
    // Written for this test.
    writeFileSync(
      report,
      'Date of report: 4 March 2025\n\nGunmen attacked a border post near Osh on 2 March 2025, killing five guards.\n',
    );
    expect((await runCli(['new', path, '--title', 'T'])).code).toBe(0);
    expect((await runCli(['ingest', path, report])).code).toBe(0);
    const r = await runCli(['search', path, 'killed', '5', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as { events: { title: string; startAt: string; snippet: string }[] };
    expect(hits.events).toHaveLength(1);
    expect(hits.events[0]).toMatchObject({ startAt: expect.stringMatching(/^2025-03-02/) });
    expect(hits.events[0]?.snippet).toContain('[killed] [5]');
    expect(JSON.parse((await runCli(['search', path, 'killed', '6', '--json'])).stdout).events).toEqual([]);
  });
});
