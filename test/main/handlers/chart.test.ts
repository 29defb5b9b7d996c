import { describe, expect, it } from 'vitest';
import type { ChartData, ChartEdge, ChartSummary, TimelineData } from '../../../preload/contract.js';
import { useRuntimes } from '../runtime-fixture.js';

const runtime = useRuntimes('dossier-chart-handlers-');

describe('chart:* handlers on the sample case', () => {
  it('lists the overview chart, saves a layout exactly, refuses bad calls without changing anything', async () => {
    const rt = runtime();
    await rt.call('case:open-sample');
    const [overview] = (await rt.call('chart:list')) as ChartSummary[];
    expect(overview!.nodes).toBeGreaterThan(10);
    const data = (await rt.call('chart:get', { chartId: overview!.id })) as ChartData;
    expect(data.settings.needsLayout).toBe(true);
    // Every edge joins two nodes of the chart.
    const ids = new Set(data.nodes.map((n) => n.id));
    expect(data.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);

    const placements = data.placements.map((p, i) => ({
      subjectId: p.subjectId,
      x: i * 10.125 + 0.1,
      y: -(i + 1) / 3,
      locked: i === 0,
    }));
    await rt.call('chart:save-layout', {
      chartId: overview!.id,
      placements,
      viewport: { zoom: 0.75, pan: { x: 10, y: -20 } },
    });
    const saved = (await rt.call('chart:get', { chartId: overview!.id })) as ChartData;
    const bySubject = new Map(saved.placements.map((p) => [p.subjectId, [p.x, p.y, p.locked]]));
    for (const p of placements) expect(bySubject.get(p.subjectId), p.subjectId).toEqual([p.x, p.y, p.locked]);
    expect(saved.viewport).toEqual({ zoom: 0.75, pan: { x: 10, y: -20 } });

    await expect(
      rt.call('chart:save-layout', { chartId: overview!.id, placements: [{ subjectId: 'x', x: Number.NaN, y: 0 }] }),
    ).rejects.toThrow(/invalid-argument/);
    await expect(rt.call('chart:create', { name: '  ' })).rejects.toThrow(/invalid-argument/);
    await expect(rt.call('chart:create', { name: overview!.name })).rejects.toThrow(/already exists/);
    expect(((await rt.call('chart:list')) as ChartSummary[]).length).toBe(1);
  });

  it('creates a link with a citation from a document mentioning both, then finds it on the chart and in its citations', async () => {
    const rt = runtime();
    await rt.call('case:open-sample');
    const [overview] = (await rt.call('chart:list')) as ChartSummary[];
    const data = (await rt.call('chart:get', { chartId: overview!.id })) as ChartData;
    const entities = data.nodes.filter((n) => n.kind === 'entity');
    let made: ChartEdge | null = null;
    for (const a of entities) {
      for (const b of entities) {
        if (made || a.id >= b.id) continue;
        const choices = (await rt.call('chart:citation-choices', { sourceId: a.id, targetId: b.id })) as {
          documentId: string;
          start: number;
          end: number;
          quote: string;
        }[];
        if (!choices.length) continue;
        made = (await rt.call('chart:create-link', {
          sourceId: a.id,
          targetId: b.id,
          type: 'met',
          credibility: 2,
          citation: choices[0] && { documentId: choices[0].documentId, start: choices[0].start, end: choices[0].end },
        })) as ChartEdge;
        const cited = (await rt.call('chart:citations', { subjectId: made.id })) as { quote: string }[];
        expect(cited).toHaveLength(1);
        expect(cited[0]!.quote.replace(/\s+/g, ' ').trim()).toBe(choices[0]!.quote);
      }
    }
    expect(made).toMatchObject({ type: 'met', credibility: 2, citations: 1 });
    const after = (await rt.call('chart:get', { chartId: overview!.id })) as ChartData;
    expect(after.edges.some((e) => e.id === made!.id)).toBe(true);
    expect(rt.events.some((e) => e.name === 'case:changed')).toBe(true);
    const timeline = (await rt.call('chart:timeline')) as TimelineData;
    expect(timeline.nodes.some((n) => n.kind === 'event')).toBe(true);
  });
});
