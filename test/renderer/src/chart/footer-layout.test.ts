import { describe, expect, test } from 'vitest';
import type { ExportFooter } from '../../../../renderer/src/chart/export-footer.js';
import { intersects, layoutFooter } from '../../../../renderer/src/chart/footer-layout.js';

// About the widths of 12 px sans-serif (7 px a character) and 11 px bold (7.5).
const measure = (text: string, bold: boolean) => text.length * (bold ? 7.5 : 7);
const footer = (title: string, classification?: string): ExportFooter => ({
  title,
  chartName: 'Case overview',
  date: '2026-12-03T21:30:00.000Z',
  tlp: 'TLP:AMBER+STRICT',
  ...(classification ? { classification } : {}),
});

describe('export footer layout', () => {
  const titles = [
    'Short',
    'Tajik–Afghan border, December 2025 (sample)',
    'A very long case title that goes on and on about the border crisis and its many actors in the region',
  ];
  for (const scale of [1, 2, 4]) {
    for (const width of [320, 420, 800, 1600]) {
      for (const title of titles) {
        test(`scale ${scale}, ${width} px, ${title.length}-char title: no two pieces overlap, all inside the page`, () => {
          const l = layoutFooter(footer(title, 'OFFICIAL-SENSITIVE'), width * scale, scale, measure);
          const boxes = l.boxes;
          expect(boxes.map((b) => b.role).sort()).toEqual(['classification', 'date', 'title', 'tlp']);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              expect(intersects(boxes[i]!, boxes[j]!), `${boxes[i]!.role} × ${boxes[j]!.role}`).toBe(false);
            }
          for (const b of boxes) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.w).toBeLessThanOrEqual(width * scale + 0.001);
            expect(b.y + b.h).toBeLessThanOrEqual(l.height);
          }
        });
      }
    }
  }

  test('the old layout (text at the left, a fixed badge at the right) overlapped: the TLP badge covered the date', () => {
    // What the export drew before: one text run "title · chart · date · TLP" from x = 10, a 120 px badge at the right.
    const f = footer('Tajik–Afghan border, December 2025 (sample)');
    const text = `${f.title} · ${f.chartName} · ${f.date.slice(0, 16).replace('T', ' ')} UTC · ${f.tlp}`;
    const oldText = { x: 10, w: measure(text, false) };
    const oldBadge = { x: 420 - 130, w: 120 };
    expect(oldText.x + oldText.w > oldBadge.x).toBe(true);
    const l = layoutFooter(f, 420, 1, measure);
    expect(l.boxes.every((a) => l.boxes.every((b) => a === b || !intersects(a, b)))).toBe(true);
  });
});
