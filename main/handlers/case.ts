import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseSummary } from '../../preload/contract.js';
import type { caseMethods } from '../../preload/contract/case.js';
import { DossierError } from '../core/errors.js';
import type { HandlerContext } from './context.js';
import type { DomainHandlers } from './define.js';
import { samplePathOf } from './sample-path.js';

export const caseHandlers: DomainHandlers<typeof caseMethods> = {
  'case:current': (_args, ctx) => ctx.session.summary(),
  'case:open': ({ path, readOnly }, ctx) => {
    if (!/\.dossier$/i.test(path))
      throw new DossierError('not-a-case', `${path} is not a case file (case files end in .dossier)`);
    ctx.session.open(ctx.grants.require(path, 'Open case'), readOnly);
    return opened(ctx);
  },
  'case:create': ({ title, path, tlp }, ctx) => {
    const target = path ? ctx.grants.require(path, 'New case') : freePath(ctx.paths.cases, title);
    if (!/\.dossier$/i.test(target))
      throw new DossierError('invalid-argument', `a case file name must end in .dossier (got ${target})`);
    mkdirSync(dirname(target), { recursive: true });
    ctx.session.create(target, { title, tlp });
    return opened(ctx);
  },
  'case:open-sample': async (_args, ctx) => {
    const path = samplePathOf(ctx.paths);
    if (!existsSync(path)) await buildSample(ctx, path);
    ctx.session.open(path);
    return opened(ctx);
  },
  'case:close': (_args, ctx) => {
    ctx.session.close();
    ctx.jobs.clearFinished();
    ctx.events.emit('case:changed', { summary: null, kinds: [] });
    return null;
  },
  'case:set-meta': (patch, ctx) => {
    const store = ctx.session.requireWritable();
    store.setMeta(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    ctx.recent.remember(store.path, store.meta().title);
    ctx.changed(['case']);
    return ctx.session.summary()!;
  },
};

function opened(ctx: HandlerContext): CaseSummary {
  const summary = ctx.session.summary()!;
  ctx.recent.remember(summary.path, summary.title);
  ctx.events.emit('case:changed', { summary, kinds: [] });
  return summary;
}

/** Builds beside the final path and renames, so a failed build never leaves a half case. */
async function buildSample(ctx: HandlerContext, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.building`;
  rmSync(partial, { force: true });
  try {
    await ctx.buildSampleCase(partial);
    renameSync(partial, path);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/** `<cases>/<title>.dossier`, numbered if taken. */
function freePath(folder: string, title: string): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim()
      .slice(0, 80) || 'Untitled case';
  for (let n = 1; ; n++) {
    const p = join(folder, n === 1 ? `${base}.dossier` : `${base} (${n}).dossier`);
    if (!existsSync(p)) return p;
  }
}
