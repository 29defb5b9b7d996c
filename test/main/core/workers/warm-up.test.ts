import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import type { ExtractionResult } from '../../../../main/core/extract/types.js';
import { warmUpExtraction } from '../../../../main/core/workers/warm-up.js';

/** An extraction result with nothing found, for the runs that only count. */
const NOTHING = { entities: [], dates: [], events: [] } as unknown as ExtractionResult;

describe("an ingest worker's warm-up", () => {
  it('runs the real extraction over a text that finds people, organisations, places and events', async () => {
    let result: ExtractionResult | null = null;
    const runs = await warmUpExtraction(
      (text, options) => (result = extract(text, options)),
      () => result !== null,
    );
    expect(runs).toBe(1);
    const types = new Set(result!.entities.map((e) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(['person', 'organization', 'location']));
    expect(result!.events.length).toBeGreaterThan(0);
  });

  it('stops as soon as real work arrives', async () => {
    let calls = 0;
    const runs = await warmUpExtraction(
      () => {
        calls++;
        return NOTHING;
      },
      () => calls >= 3,
    );
    expect(runs).toBe(3);
  });

  it('stops after a bounded number of runs', async () => {
    const runs = await warmUpExtraction(
      () => NOTHING,
      () => false,
    );
    expect(runs).toBeGreaterThan(3);
    expect(runs).toBeLessThanOrEqual(40);
  });
});
