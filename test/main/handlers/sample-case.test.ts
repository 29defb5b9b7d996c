import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessImport } from '../../../main/handlers/core-services.js';
import { buildSampleCase } from '../../../main/handlers/sample-case/build.js';
import { textToPdf } from '../../../main/handlers/sample-case/minimal-pdf.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import type { CaseSummary } from '../../../preload/contract.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-sample-');

describe('the generated sample PDF', () => {
  it('is read back by pdfjs with its text, brackets and accents intact', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const bytes = textToPdf(
      'Test',
      'Line one (with brackets) and a back\\slash.\n\nCafé in Khorog – 12 December 2025.',
    );
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('Line one (with brackets) and a back\\slash.');
    expect(text).toContain('Café in Khorog - 12 December 2025.');
    expect(doc.numPages).toBe(1);
  });
});

describe('the sample case', () => {
  it('is built from its sources through the real import: every format, entities, events and cited links', async () => {
    const path = join(tempDir(), 'sample.dossier');
    const report = await buildSampleCase(path, inProcessImport);
    expect(report.skipped).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.documents).toBeGreaterThanOrEqual(9);
    const store = CaseStore.open(path, { readOnly: true });
    try {
      const mimes = new Set(store.list('document').map((d) => d.mimeType));
      for (const m of ['text/plain', 'text/html', 'message/rfc822', 'application/pdf', 'text/csv'])
        expect(mimes).toContain(m);
      const pdf = store.list('document').find((d) => d.mimeType === 'application/pdf')!;
      expect(pdf.text).toContain('Collective Security Treaty Organization');
      expect(store.count('entity')).toBeGreaterThan(30);
      expect(store.count('event')).toBeGreaterThan(0);
      const confirmedLinks = store.list('link', { status: 'confirmed' });
      expect(confirmedLinks.length).toBeGreaterThanOrEqual(6);
      const cited = confirmedLinks.filter((l) => store.list('citation', { subjectId: l.id }).length > 0);
      expect(cited.length).toBeGreaterThanOrEqual(6);
      for (const l of cited) {
        const c = store.list('citation', { subjectId: l.id })[0]!;
        expect(store.require('document', c.documentId).text.slice(c.start, c.end)).toBe(c.quote);
      }
      expect(store.list('entity', { label: 'Dilnoza Karimova' })[0]?.type).toBe('person');
      const [chart] = store.list('chart');
      expect(chart?.name).toBe('Border crisis overview');
      const onChart = new Set(store.list('chartNode', { chartId: chart!.id }).map((n) => n.subjectId));
      expect(onChart.size).toBeGreaterThanOrEqual(15);
      // Every hand-drawn link has both ends on the chart, so it shows as an edge.
      for (const l of confirmedLinks) expect(onChart.has(l.sourceId) && onChart.has(l.targetId)).toBe(true);
    } finally {
      store.close();
    }
  }, 60_000);

  it('is built on first open from the start screen, and a later open reuses it', async () => {
    const r = makeRuntime(tempDir());
    try {
      const first = (await r.call('case:open-sample')) as CaseSummary;
      expect(first.isSample).toBe(true);
      expect(first.counts.documents).toBeGreaterThanOrEqual(9);
      expect(existsSync(`${first.path}.building`)).toBe(false);
      await r.call('case:close');
      const again = (await r.call('case:open-sample')) as CaseSummary;
      expect(again.id).toBe(first.id);
    } finally {
      r.shutdown();
    }
  }, 60_000);
});
