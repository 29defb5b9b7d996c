import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/own-peak-rss.ts');

describe("a child process's own peak memory", () => {
  it('is its own, not the resident size of the large process that spawned it', () => {
    // This test's process holds 400 MB resident while it spawns the child.
    const held = Buffer.alloc(400 * 1024 * 1024, 1);
    const parentMb = process.memoryUsage().rss / 1024 / 1024;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import(${JSON.stringify(script)}).then((m) => console.log(m.ownPeakRssMb()))`],
      { encoding: 'utf8' },
    );
    const childMb = Number(out.trim());
    expect(held.length).toBeGreaterThan(0);
    expect(parentMb).toBeGreaterThan(400);
    expect(childMb).toBeGreaterThan(10);
    expect(childMb).toBeLessThan(parentMb - 200);
  });
});
