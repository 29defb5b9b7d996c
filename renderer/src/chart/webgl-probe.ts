import { useEffect, useState } from 'react';

/** The answer for this browser, remembered across sessions: it only changes with the browser or its GPU driver. */
const STORE_KEY = 'dossier.chart.hardwareWebgl';

let answer: Promise<boolean> | null = null;
/** Longest wait for the probe's worker; it answers in well under a second here. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether this browser's WebGL runs on a real GPU rather than a software rasteriser (the chart
 * uses WebGL only then: test/bench/chart/README.md). Asked once, in a worker
 * (webgl-probe.worker.ts), and remembered by user agent; false when it cannot be told.
 */
export function hardwareWebgl(): Promise<boolean> {
  answer ??= remembered() ?? probe();
  return answer;
}

/**
 * The probe's answer once known (null until then), asked once `wanted` (only large charts use
 * WebGL: the probe's context costs 150 ms or more of CPU, for nothing on smaller ones).
 */
export function useHardwareWebgl(wanted: boolean): boolean | null {
  const [known, setKnown] = useState<boolean | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void hardwareWebgl().then((hw) => live && setKnown(hw));
    return () => {
      live = false;
    };
  }, [wanted]);
  return known;
}

function remembered(): Promise<boolean> | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as { ua?: string; hw?: boolean } | null;
    return stored?.ua === navigator.userAgent && typeof stored.hw === 'boolean' ? Promise.resolve(stored.hw) : null;
  } catch {
    return null;
  }
}

function probe(): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./webgl-probe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(false);
      return;
    }
    const done = (hw: boolean, keep: boolean) => {
      worker.terminate();
      if (keep) {
        try {
          localStorage.setItem(STORE_KEY, JSON.stringify({ ua: navigator.userAgent, hw }));
        } catch {
          // Not remembered: asked again next session.
        }
      }
      resolve(hw);
    };
    // A worker that never answers must not hold a large chart back: without an answer, no WebGL.
    const timer = setTimeout(() => done(false, false), PROBE_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<unknown>) => {
      clearTimeout(timer);
      done(e.data === true, true);
    };
    worker.onerror = () => {
      clearTimeout(timer);
      done(false, false);
    };
  });
}
