import type { Core } from 'cytoscape';
import { footerText, tlpColour, type ExportFooter } from './export-footer.js';

/**
 * The whole chart as a PNG at the chosen scale, with the footer band added below it. Cytoscape
 * renders the image; the footer is drawn onto a second canvas.
 */
export async function chartToPng(cy: Core, footer: ExportFooter, scale: number): Promise<Blob> {
  const chart = (await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' })) as Blob;
  const img = await createImageBitmap(chart);
  const band = Math.round(28 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(img.width, Math.round(420 * scale));
  canvas.height = img.height + band;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw the export image.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0);
  g.fillStyle = '#f0f2f5';
  g.fillRect(0, img.height, canvas.width, band);
  g.fillStyle = '#1d2430';
  g.font = `${Math.round(12 * scale)}px sans-serif`;
  g.textBaseline = 'middle';
  g.fillText(footerText(footer), 10 * scale, img.height + band / 2);
  const badgeW = 120 * scale;
  g.fillStyle = '#000000';
  g.fillRect(canvas.width - badgeW - 10 * scale, img.height + 5 * scale, badgeW, band - 10 * scale);
  g.fillStyle = tlpColour(footer.tlp);
  g.font = `bold ${Math.round(11 * scale)}px sans-serif`;
  g.textAlign = 'center';
  g.fillText(footer.tlp, canvas.width - badgeW / 2 - 10 * scale, img.height + band / 2);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
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
