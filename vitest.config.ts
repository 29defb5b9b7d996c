import { defineConfig } from 'vitest/config';

/**
 * Test files that mock, stub or spy on modules and globals: each runs in a fresh module graph
 * of its own. Every other unit test file shares one per worker (no isolation), which halves the
 * unit run (306 s → 161 s on 2 cores: each file re-imported compromise, zod and the store).
 * A test file that uses `vi.mock`, `vi.spyOn`, `vi.stub*` or fake timers belongs here
 * (`test/house/isolated-tests.test.ts` checks).
 */
export const ISOLATED_TESTS = [
  'test/renderer/src/shell/shell-actions.test.ts',
  'test/main/core/bundle/import-single-pass.test.ts',
  'test/main/core/bundle/import-empty-bulk.test.ts',
  'test/main/core/ingest/entity-resolver.test.ts',
  'test/main/core/analysis/timeline-opening.test.ts',
];
const UNIT = ['test/**/*.test.ts', 'test/**/*.test.tsx'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          exclude: ['test/e2e/**', 'node_modules/**', ...ISOLATED_TESTS],
          environment: 'node',
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: ISOLATED_TESTS,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The page answers through a server and a real Chromium on a shared 2-core machine:
          // vitest's default of 1 s for expect.poll failed CI on a slow drop → save → refresh.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
