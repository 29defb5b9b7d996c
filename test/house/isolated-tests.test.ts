import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TESTS } from '../../vitest.config.js';

const root = join(import.meta.dirname, '..', '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'e2e' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [relative(root, path)] : [];
  });
}

describe('unit tests that share one module graph', () => {
  it('do not mock, stub or spy: the files that do are listed to run isolated', () => {
    const uses = testFiles(join(root, 'test')).filter((f) =>
      /\bvi\.(?:mock|doMock|spyOn|stub\w*|useFakeTimers)\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(uses.sort()).toEqual([...ISOLATED_TESTS].sort());
  });
});
