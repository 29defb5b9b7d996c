import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli-io.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier extract', () => {
  it('reads JSON lines on stdin and writes one JSON line per input, in order', async () => {
    const lines = [
      { id: 'a', text: 'The Taliban met officials in Kabul on Nov 3.', date: '2025-11-10' },
      { id: 7, text: '' },
      { id: 'c', text: 'Write to desk@example.org.' },
    ];
    const out = await runCli(['extract', '-'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(out.code).toBe(0);
    const rows = out.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: unknown;
            entities: { type: string; text: string; start: number; end: number }[];
            dates: { value: string; precision: string }[];
            events: unknown[];
          },
      );
    expect(rows.map((r) => r.id)).toEqual(['a', 7, 'c']);
    expect(rows[0]!.entities.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Taliban'],
      ['location', 'Kabul'],
    ]);
    expect(rows[0]!.dates[0]).toMatchObject({ value: '2025-11-03', precision: 'day' });
    expect(rows[0]!.events).toHaveLength(1);
    expect(rows[1]!.entities).toEqual([]);
    expect(rows[2]!.entities[0]).toMatchObject({ type: 'email', text: 'desk@example.org', start: 9, end: 25 });
  });

  it('handles a long line and reports a bad line without stopping the batch', async () => {
    const long = 'Officials in Dushanbe said so. '.repeat(20_000);
    const input = [
      JSON.stringify({ id: 'long', text: long }),
      '{not json',
      JSON.stringify({ id: 'n', text: 5 }),
      JSON.stringify({ id: 'd', text: 'x', date: '2025-13-45' }),
      JSON.stringify({ id: 'ok', text: 'Kabul' }),
    ].join('\n');
    const out = await runCli(['extract', '-', '--extractor', 'rules'], input);
    expect(out.code).toBe(1);
    const rows = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string; entities?: unknown[] });
    expect(rows.map((r) => r.id)).toEqual(['long', null, 'n', 'd', 'ok']);
    expect(rows[0]!.entities!.length).toBe(20_000);
    expect(rows[1]!.error).toMatch(/^line 2: /);
    expect(rows[2]!.error).toMatch(/"text" must be a string/);
    expect(rows[3]!.error).toMatch(/YYYY-MM-DD/);
    expect(rows[4]!.entities).toHaveLength(1);
  }, 120_000);

  it('prints findings for files, as text or JSON, and refuses a bad date or extractor', async () => {
    const file = join(tempDir(), 'note.txt');
    writeFileSync(file, 'Since 2021 the Collective Security Treaty Organization (CSTO) has met in Dushanbe.');
    const text = await runCli(['extract', file, '--extractor', 'rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('organization: Collective Security Treaty Organization ×2');
    expect(text.stdout).toContain('dates: Since 2021 → 2021… (range)');
    const json = await runCli(['extract', file, '--json', '--date', '2025-01-01']);
    expect(JSON.parse(json.stdout)).toMatchObject({ file, extractor: expect.stringMatching(/^dossier-/) });
    const bad = await runCli(['extract', file, '--date', '01/02/2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date must be a date as YYYY-MM-DD/);
    expect((await runCli(['extract', file, '--extractor', 'magic'])).code).toBe(2);
    const html = join(tempDir(), 'page.html');
    writeFileSync(
      html,
      '<html><head><script>var Kabul = 1;</script></head><body><p>Officials met in <b>Dushanbe</b>.</p></body></html>',
    );
    const fromHtml = JSON.parse((await runCli(['extract', html, '--json', '--extractor', 'rules'])).stdout) as {
      entities: { text: string }[];
    };
    expect(fromHtml.entities.map((e) => e.text)).toEqual(['Dushanbe']);
    const missing = await runCli(['extract', join(tempDir(), 'none.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*none\.txt: ENOENT/);
  });
});
