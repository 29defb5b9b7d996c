// Where the main thread's time goes when the real app opens a chart: `dossier serve` on a
// generated case, a CPU profile of the tab from the click on Chart until the chart is laid out,
// self time summed per source file and function (through the bundle's source map).
// `npx tsx test/bench/chart/profile-real-ui.ts 1000`. Not a benchmark: a tool for finding costs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchChromium, root } from '../../e2e/serve-fixture.js';
import { clickChart, dragAcross, DRAWN_QUIET_MS, emptySpot, openChartCase, waitUntilDrawn } from './real-ui-page.js';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'dossier-profile-ui-'));
const browser = await launchChromium();
const maps = new Map<string, SourceMapConsumer | null>();
function mapOf(url: string): SourceMapConsumer | null {
  if (!maps.has(url)) {
    const file = url.match(/\/(assets\/[^?#]+\.js)/)?.[1];
    let map: SourceMapConsumer | null = null;
    try {
      if (file)
        map = new SourceMapConsumer(JSON.parse(readFileSync(join(root, 'dist/renderer', `${file}.map`), 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}
function where(f: ProfileNode['callFrame']): string {
  const map = mapOf(f.url);
  if (!map) return `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').at(-1) : ''}`;
  const o = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  const src = (o.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return `${o.name ?? f.functionName ?? '?'} ${src}:${o.line}`;
}

const bundles = new Map<string, string>();
/** A script's start (URL and character offset into it) as a source position. */
function scriptAt(url: string, at: number, fn: string): string {
  const file = url.match(/\/(assets\/[^?#]+\.js)/)?.[1];
  if (!file || at < 0) return fn || url;
  if (!bundles.has(file)) bundles.set(file, readFileSync(join(root, 'dist/renderer', file), 'utf8'));
  const text = bundles.get(file)!.slice(0, at);
  const line = text.split('\n').length - 1;
  const column = at - (text.lastIndexOf('\n') + 1);
  return where({ functionName: fn, url, lineNumber: line, columnNumber: column });
}

try {
  const { page, close } = await openChartCase(browser, dir, n);
  // Every animation frame longer than 100 ms, with the scripts that ran in it.
  await page.evaluate(`(() => {
    globalThis.longFrames = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => e.duration > 100 && globalThis.longFrames.push({
      start: e.startTime, ms: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, url: s.sourceURL,
        at: s.sourceCharPosition, ms: s.duration })),
    }))).observe({ type: 'long-animation-frame', buffered: false });
  })()`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  // PROFILE_PAN=1: the drawn chart dragged across, as the benchmark pans it, instead of its opening.
  const pan = !!process.env.PROFILE_PAN;
  if (!pan) await cdp.send('Profiler.start');
  const t0 = Date.now();
  await clickChart(page);
  // Drawn = every element is in and no busy note, as the benchmark waits.
  await waitUntilDrawn(page, n);
  if (pan) {
    const start = await emptySpot(page);
    await cdp.send('Profiler.start');
    await dragAcross(page, start);
    // PROFILE_REST=ms: and the view at rest after it (labels chosen again, bitmaps redrawn).
    await page.waitForTimeout(Number(process.env.PROFILE_REST ?? 0));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  // The raw profile, for Chrome DevTools' Performance panel or a closer look at the call tree.
  if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
  console.log(`laid out after ${((Date.now() - t0 - DRAWN_QUIET_MS) / 1000).toFixed(1)} s`);
  const byId = new Map(profile.nodes.map((p) => [p.id, p]));
  const self = new Map<string, number>();
  const perFile = new Map<string, number>();
  // Inclusive time of the app's own functions: what each one makes Cytoscape and the browser do.
  const parent = new Map<number, number>();
  for (const p of profile.nodes) for (const c of p.children ?? []) parent.set(c, p.id);
  const inclusive = new Map<string, number>();
  const keyOf = new Map<number, string>();
  const cachedKey = (id: number) => {
    if (!keyOf.has(id)) keyOf.set(id, where(byId.get(id)!.callFrame));
    return keyOf.get(id)!;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = cachedKey(at);
      if ((!process.env.PROFILE_ALL && !key.includes('renderer/src/')) || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = where(f);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    const file = key.split(' ').slice(1).join(' ').replace(/:\d+$/, '') || key;
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`)
      .join('\n');
  console.log(`self time by function:\n${top(self, 30)}\n\nself time by file:\n${top(perFile, 20)}`);
  // A timeline in 250 ms steps: what the main thread mostly did, and under which app function.
  const buckets = new Map<number, Map<string, number>>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    let label = cachedKey(id);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (cachedKey(at).includes('renderer/src/')) {
        label = `${cachedKey(at)} > ${cachedKey(id).split(' ')[0]}`;
        break;
      }
    if (label.startsWith('(idle)')) return;
    const b = Math.floor(clock / 250);
    if (!buckets.has(b)) buckets.set(b, new Map());
    buckets.get(b)!.set(label, (buckets.get(b)!.get(label) ?? 0) + ms);
  });
  console.log('\nbusy time per 250 ms:');
  for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const total = [...m.values()].reduce((a, v) => a + v, 0);
    const [name, ms] = [...m].sort((x, y) => y[1] - x[1])[0]!;
    console.log(
      `${((b * 250) / 1000).toFixed(2).padStart(6)} s  busy ${total.toFixed(0).padStart(4)} ms  top ${ms.toFixed(0)} ms ${name}`,
    );
  }
  console.log(`\ninclusive time of the app's functions:\n${top(inclusive, 30)}`);
  // PROFILE_TREE=ms: the call tree, every call site that took at least that long in all.
  const treeMin = Number(process.env.PROFILE_TREE ?? 0);
  if (treeMin > 0) {
    const selfOf = new Map<number, number>();
    profile.samples.forEach((id, i) => selfOf.set(id, (selfOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const total = new Map<number, number>();
    const sum = (id: number): number => {
      const t = (byId.get(id)!.children ?? []).reduce((a, c) => a + sum(c), selfOf.get(id) ?? 0);
      total.set(id, t);
      return t;
    };
    const rootId = profile.nodes[0]!.id;
    sum(rootId);
    console.log(`\ncall tree (≥ ${treeMin} ms):`);
    const print = (id: number, depth: number): void => {
      if ((total.get(id) ?? 0) < treeMin || cachedKey(id).startsWith('(idle)')) return;
      console.log(`${' '.repeat(depth)}${total.get(id)!.toFixed(0)} ms  ${cachedKey(id)}`);
      for (const c of byId.get(id)!.children ?? []) print(c, depth + 1);
    };
    print(rootId, 0);
  }
  // The longest stretches without an idle sample (what the long tasks were), with the app
  // function or, failing one, the outermost named function under each sample.
  const stretches: { start: number; ms: number; what: Map<string, number> }[] = [];
  let at = 0;
  let open: (typeof stretches)[number] | null = null;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    if (cachedKey(id).startsWith('(idle)')) {
      open = null;
      return;
    }
    if (!open) stretches.push((open = { start: at, ms: 0, what: new Map() }));
    open.ms += ms;
    const chain: string[] = [];
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) chain.push(cachedKey(up));
    const label =
      chain.find((k) => k.includes('renderer/src/')) ??
      chain.reverse().find((k) => !k.startsWith('(') && !k.includes('scheduler')) ??
      cachedKey(id);
    open.what.set(label, (open.what.get(label) ?? 0) + ms);
  });
  console.log('\nlongest busy stretches:');
  for (const s of stretches.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    const parts = [...s.what].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `${(s.start / 1000).toFixed(2).padStart(6)} s  ${s.ms.toFixed(0).padStart(5)} ms  ` +
        parts.map(([k, ms]) => `${ms.toFixed(0)} ms ${k}`).join(' | '),
    );
  }
  const frames = (await page.evaluate('globalThis.longFrames')) as {
    start: number;
    ms: number;
    render: number;
    scripts: { invoker: string; fn: string; url: string; at: number; ms: number }[];
  }[];
  console.log('\nanimation frames over 100 ms (render = style, layout and paint after the scripts):');
  for (const f of frames)
    console.log(
      `${(f.start / 1000).toFixed(2).padStart(7)} s ${f.ms.toFixed(0).padStart(5)} ms  render ${f.render.toFixed(0)} ms  ` +
        f.scripts
          .filter((s) => s.ms > 5)
          .map((s) => `${s.ms.toFixed(0)} ms ${s.invoker} ${scriptAt(s.url, s.at, s.fn)}`)
          .join(' | '),
    );
  await close();
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
