import type { Core } from 'cytoscape';
import { tlpColour, type ExportFooter } from './export-footer.js';
import { layoutFooter, type FooterLayout } from './footer-layout.js';

/** The footer layout of the last PNG made (read by the e2e test through the test handle). */
export let lastFooterLayout: FooterLayout | null = null;

/** Text widths at scale 1, in the fonts the footer is drawn with. */
export function textMeasurer(): (text: string, bold: boolean) => number {
  const g = document.createElement('canvas').getContext('2d');
  return (text, bold) => {
    if (!g) return text.length * 7;
    g.font = bold ? 'bold 11px sans-serif' : '12px sans-serif';
    return g.measureText(text).width;
  };
}

/**
 * The whole chart as a PNG at the chosen scale, with the footer band added below it. Cytoscape
 * renders the image; the footer is drawn onto a second canvas.
 */
export async function chartToPng(cy: Core, footer: ExportFooter, scale: number): Promise<Blob> {
  const chart = (await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' })) as Blob;
  const img = await createImageBitmap(chart);
  const width = Math.max(img.width, Math.round(420 * scale));
  const measure = textMeasurer();
  const footerLayout = layoutFooter(footer, width, scale, measure);
  const band = Math.round(footerLayout.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = img.height + band;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw the export image.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0);
  g.fillStyle = '#f0f2f5';
  g.fillRect(0, img.height, canvas.width, band);
  g.textBaseline = 'middle';
  for (const b of footerLayout.boxes) {
    const y = img.height + b.y;
    if (b.badge) {
      g.fillStyle = '#000000';
      g.fillRect(b.x, y, b.w, b.h);
      g.fillStyle = tlpColour(footer.tlp);
      g.font = `bold ${Math.round(11 * scale)}px sans-serif`;
      g.textAlign = 'center';
      g.fillText(b.text, b.x + b.w / 2, y + b.h / 2);
    } else {
      g.fillStyle = '#1d2430';
      g.font = `${Math.round(12 * scale)}px sans-serif`;
      g.textAlign = 'left';
      g.fillText(b.text, b.x, y + b.h / 2);
    }
  }
  lastFooterLayout = footerLayout;
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}

/** Saves a blob through the browser's download (Electron shows its save dialog). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints the chart: the PNG (at 2×) on a page of its own with the footer, via the browser's print dialog. */
export async function printChart(cy: Core, footer: ExportFooter): Promise<void> {
  const blob = await chartToPng(cy, footer, 2);
  const url = URL.createObjectURL(blob);
  const holder = document.createElement('div');
  holder.className = 'chart-print-page';
  const img = document.createElement('img');
  img.src = url;
  img.alt = `${footer.chartName} (${footer.tlp})`;
  holder.append(img);
  document.body.append(holder);
  await img.decode();
  window.print();
  holder.remove();
  URL.revokeObjectURL(url);
}
