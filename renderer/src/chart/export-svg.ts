import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { tlpColour, type ExportFooter } from './export-footer.js';
import { textMeasurer } from './export-png.js';
import { layoutFooter } from './footer-layout.js';
import { svgText, toBase64 } from './type-icons.js';

/**
 * The visible chart as a standalone SVG, written from the positioned elements (no package
 * serialises Cytoscape to SVG offline): straight edges with arrows and dashes, nodes with their
 * type icon inlined, labels, and the footer with title, date and TLP marking.
 */
export async function chartToSvg(cy: Core, footer: ExportFooter): Promise<string> {
  const visible = cy.elements().filter((el) => el.visible() && !el.hasClass('ghost') && !el.hasClass('filtered-out'));
  const box = visible.nonempty() ? visible.boundingBox({ includeLabels: true }) : { x1: 0, y1: 0, w: 200, h: 100 };
  const pad = 20;
  const width = Math.max(320, box.w + pad * 2);
  const footerLayout = layoutFooter(footer, width, 1, textMeasurer());
  const height = box.h + pad * 2 + footerLayout.height;
  const dx = pad - box.x1;
  const dy = pad - box.y1;
  const icons = await inlineIcons(visible.nodes().map((n) => String(n.data('icon') ?? '')));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="DejaVu Sans, Arial, sans-serif">`,
  );
  out.push(`<title>${esc(footer.chartName)}</title>`);
  out.push(
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
  );
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g transform="translate(${fmt(dx)} ${fmt(dy)})">`);
  const nodes = visible.nodes().toArray() as NodeSingular[];
  for (const g of nodes.filter((n) => n.hasClass('group'))) out.push(groupSvg(g));
  for (const e of visible.edges().toArray() as EdgeSingular[]) out.push(edgeSvg(e));
  for (const n of nodes.filter((x) => !x.hasClass('group'))) out.push(nodeSvg(n, icons));
  out.push('</g>');
  const fy = height - footerLayout.height;
  out.push(
    `<g class="footer"><rect x="0" y="${fmt(fy)}" width="${fmt(width)}" height="${fmt(footerLayout.height)}" fill="#f0f2f5"/>`,
  );
  for (const b of footerLayout.boxes) {
    const y = fy + b.y;
    if (b.badge) {
      out.push(
        `<rect x="${fmt(b.x)}" y="${fmt(y)}" width="${fmt(b.w)}" height="${fmt(b.h)}" fill="#000000"/><text x="${fmt(b.x + b.w / 2)}" y="${fmt(y + b.h / 2 + 4)}" font-size="11" font-weight="bold" text-anchor="middle" fill="${tlpColour(footer.tlp)}">${esc(b.text)}</text>`,
      );
    } else {
      out.push(
        `<text x="${fmt(b.x)}" y="${fmt(y + b.h / 2 + 4)}" font-size="12" fill="#1d2430" data-role="${b.role}">${esc(b.text)}</text>`,
      );
    }
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

function nodeSvg(n: NodeSingular, icons: Map<string, string>): string {
  const { x, y } = n.position();
  const size = Number(n.data('size')) || 34;
  const r = size / 2;
  const opacity = n.hasClass('faded') ? 0.15 : 1;
  const stroke = n.hasClass('on-path') ? '#e4572e' : String(n.data('border'));
  const dash = n.hasClass('suggested') ? ' stroke-dasharray="5 3"' : '';
  const shape = n.hasClass('event')
    ? `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${fmt(size)}" height="${fmt(size)}" rx="6" fill="#ffffff" stroke="${stroke}" stroke-width="3"${dash}/><rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${fmt(size)}" height="${fmt(size)}" rx="6" fill="${String(n.data('color'))}" fill-opacity="0.18"/>`
    : `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="#ffffff" stroke="${stroke}" stroke-width="3"${dash}/><circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${String(n.data('color'))}" fill-opacity="0.18"/>`;
  const icon = icons.get(String(n.data('icon')));
  const iconSvg = icon
    ? `<image x="${fmt(x - r * 0.58)}" y="${fmt(y - r * 0.58)}" width="${fmt(size * 0.58)}" height="${fmt(size * 0.58)}" href="${icon}" xlink:href="${icon}"/>`
    : '';
  const lines = String(n.data('label') ?? '').split('\n');
  const text = lines.map((l, i) => `<tspan x="${fmt(x)}" dy="${i === 0 ? 0 : 13}">${esc(l)}</tspan>`).join('');
  return `<g opacity="${opacity}" data-id="${esc(n.id())}">${shape}${iconSvg}<text x="${fmt(x)}" y="${fmt(y + r + 14)}" font-size="11" text-anchor="middle" fill="#1d2430">${text}</text></g>`;
}

function edgeSvg(e: EdgeSingular): string {
  const s = e.source().position();
  const t = e.target().position();
  const rt = (Number(e.target().data('size')) || 34) / 2;
  const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  // Stop directed edges at the target's rim so the arrowhead shows.
  const tx = e.hasClass('directed') ? t.x - ((t.x - s.x) / len) * rt : t.x;
  const ty = e.hasClass('directed') ? t.y - ((t.y - s.y) / len) * rt : t.y;
  const colour = e.hasClass('on-path') ? '#e4572e' : String(e.data('color'));
  const width = e.hasClass('on-path') ? 6 : Number(e.data('width')) || 1;
  const dash = e.hasClass('participant')
    ? ' stroke-dasharray="2 3"'
    : e.hasClass('unconfirmed')
      ? ' stroke-dasharray="6 4"'
      : '';
  const arrow = e.hasClass('directed') ? ' marker-end="url(#arrow)"' : '';
  const opacity = e.hasClass('faded') ? 0.12 : 1;
  const label = String(e.data('label') ?? '');
  const mid = label
    ? `<text x="${fmt((s.x + t.x) / 2)}" y="${fmt((s.y + t.y) / 2 - 3)}" font-size="9" text-anchor="middle" fill="#5f6b7a">${esc(label)}</text>`
    : '';
  return `<g opacity="${opacity}" data-id="${esc(e.id())}"><line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(tx)}" y2="${fmt(ty)}" stroke="${colour}" stroke-width="${fmt(width)}"${dash}${arrow}/>${mid}</g>`;
}

function groupSvg(g: NodeSingular): string {
  const b = g.boundingBox({ includeLabels: false });
  return `<g data-id="${esc(g.id())}"><rect x="${fmt(b.x1)}" y="${fmt(b.y1)}" width="${fmt(b.w)}" height="${fmt(b.h)}" rx="8" fill="#8893a3" fill-opacity="0.08" stroke="#8893a3" stroke-dasharray="4 3"/><text x="${fmt(b.x1 + 6)}" y="${fmt(b.y1 - 4)}" font-size="11" fill="#5f6b7a">${esc(String(g.data('label') ?? ''))}</text></g>`;
}

/** Icons are same-origin files; inline them so the SVG stands alone. */
async function inlineIcons(urls: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    [...new Set(urls.filter(Boolean))].map(async (url) => {
      try {
        if (url.startsWith('data:')) return void out.set(url, url);
        const text = await svgText(url);
        out.set(url, `data:image/svg+xml;base64,${toBase64(text)}`);
      } catch {
        // A missing icon leaves the node without it rather than failing the export.
      }
    }),
  );
  return out;
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
