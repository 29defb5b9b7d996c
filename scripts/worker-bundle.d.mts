import type { Plugin } from 'esbuild';

export const WORKER_INLINED_PACKAGES: readonly string[];
export function inlineWorkerPackages(): Plugin;
