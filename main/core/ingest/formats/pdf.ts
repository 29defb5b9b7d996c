import { SkipError } from '../skip-error.js';
import { joinPdfLines } from './pdf-lines.js';
import type { FormatReader } from './reader.js';

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * PDF → the text layer, page by page (pdfjs-dist, legacy build for Node). Page start offsets go
 * into `properties.pageStarts` so a citation can name its page. Scanned pages without a text
 * layer give no text (OCR is not done here). Nothing in the file is executed or fetched:
 * scripting is off, fonts are not loaded, the bytes are the only input.
 */
export const pdfReader: FormatReader = {
  extensions: ['pdf'],
  mimeType: 'application/pdf',
  async read(bytes) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({
      // pdfjs may transfer the buffer it is given; keep the caller's bytes intact.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'PasswordException')
        throw new SkipError('encrypted', 'the PDF is encrypted (a password is needed to open it)');
      throw new SkipError('broken', `not a readable PDF (${(e as Error).message})`);
    }
    try {
      let text = '';
      const pageStarts: number[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        if (n > 1) text += '\n\n';
        pageStarts.push(text.length);
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        // Lines are joined across breaks and hyphenation per page, so page starts stay exact.
        const lines: string[] = [''];
        for (const item of content.items as TextItemLike[]) {
          if (typeof item.str !== 'string') continue;
          lines[lines.length - 1] += item.str;
          if (item.hasEOL) lines.push('');
        }
        text += joinPdfLines(lines);
        page.cleanup();
      }
      if (!text.trim())
        throw new SkipError(
          'empty',
          `the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images: scanned pages are not read)`,
        );
      const meta = await doc.getMetadata().catch(() => null);
      const info = (meta?.info ?? {}) as Record<string, unknown>;
      const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
      const publishedAt = typeof info.CreationDate === 'string' ? pdfDate(info.CreationDate) : null;
      return {
        title,
        mimeType: 'application/pdf',
        text,
        publishedAt,
        properties: { pages: doc.numPages, pageStarts },
      };
    } finally {
      await doc.destroy();
    }
  },
};

/** "D:20251213083000+05'00'" → ISO date-time in UTC (or just the date when no time is given). */
export function pdfDate(value: string): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(value.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const offset = sign === '+' || sign === '-' ? `${sign}${oh}:${om}` : 'Z';
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
