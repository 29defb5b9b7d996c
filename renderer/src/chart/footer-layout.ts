import type { ExportFooter } from './export-footer.js';

export interface FooterBox {
  role: 'title' | 'date' | 'classification' | 'tlp';
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Bold, inside a black badge (the TLP marking). */
  badge: boolean;
}

export interface FooterLayout {
  /** Height of the footer band (one row, or two when the page is too narrow for one). */
  height: number;
  boxes: FooterBox[];
}

const GAP = 12;
const PAD = 10;
const ROW = 28;

/**
 * Lays out an export's footer — case and chart title, date, classification, TLP badge — so no
 * two pieces overlap at any width or scale: everything on one row when it fits (title left,
 * the rest right-aligned), else the title gets a row of its own, and a title still too long is
 * cut with an ellipsis. `measure` gives a text's width at scale 1 (canvas measureText, or an
 * estimate where there is no canvas).
 */
export function layoutFooter(
  f: ExportFooter,
  width: number,
  scale: number,
  measure: (text: string, bold: boolean) => number,
): FooterLayout {
  const s = scale;
  const title = `${f.title} · ${f.chartName}`;
  const date = `${f.date.slice(0, 16).replace('T', ' ')} UTC`;
  const right: { role: FooterBox['role']; text: string; badge: boolean }[] = [
    { role: 'date', text: date, badge: false },
    ...(f.classification ? [{ role: 'classification' as const, text: f.classification, badge: false }] : []),
    { role: 'tlp', text: f.tlp, badge: true },
  ];
  const widthOf = (text: string, badge: boolean) => (measure(text, badge) + (badge ? 16 : 0)) * s;
  const room = width - 2 * PAD * s;
  const gap = GAP * s;
  const rowH = ROW * s;
  const rightW = right.reduce((sum, r) => sum + widthOf(r.text, r.badge), 0) + gap * (right.length - 1);
  const titleW = widthOf(title, false);
  const boxes: FooterBox[] = [];
  const box = (role: FooterBox['role'], text: string, badge: boolean, x: number, row: number, w: number) =>
    boxes.push({ role, text, x, y: row * rowH + 5 * s, w, h: rowH - 10 * s, badge });
  // Too long for the row it has: cut with an ellipsis (a badge keeps its padding).
  const fitted = (text: string, badge: boolean, max: number) => {
    const w = widthOf(text, badge);
    return w <= max ? { text, w } : { text: cut(text, max, (t) => widthOf(t, badge)), w: max };
  };
  if (titleW + gap + rightW <= room) {
    box('title', title, false, PAD * s, 0, titleW);
    placeRight(right, 0);
    return { height: rowH, boxes };
  }
  // The title on a row of its own, then the rest right-aligned, wrapping onto more rows.
  const t = fitted(title, false, room);
  box('title', t.text, false, PAD * s, 0, t.w);
  const rows = placeRight(right, 1);
  return { height: (rows + 1) * rowH, boxes };

  /** Lays the items out right to left from `firstRow`, starting a new row when one is full; returns the rows used. */
  function placeRight(items: typeof right, firstRow: number): number {
    const lines: (typeof right)[] = [[]];
    let used = 0;
    for (const item of [...items].reverse()) {
      const w = Math.min(room, widthOf(item.text, item.badge));
      if (lines[lines.length - 1]!.length && used + gap + w > room) {
        lines.push([]);
        used = 0;
      }
      lines[lines.length - 1]!.push(item);
      used += (used ? gap : 0) + w;
    }
    // The line holding the TLP badge goes last (bottom right), as on every marked page.
    lines.reverse();
    lines.forEach((line, i) => {
      let x = width - PAD * s;
      for (const item of line) {
        const it = fitted(item.text, item.badge, room);
        x -= it.w;
        box(item.role, it.text, item.badge, x, firstRow + i, it.w);
        x -= gap;
      }
    });
    return lines.length;
  }
}

function cut(text: string, max: number, width: (t: string) => number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(`${text.slice(0, mid)}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** Whether two boxes share any area. */
export function intersects(a: FooterBox, b: FooterBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
