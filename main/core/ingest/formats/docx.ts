import { cleanText } from '../decode-text.js';
import { SkipError } from '../skip-error.js';
import { docxCoreDate } from './docx-core-date.js';
import type { FormatReader } from './reader.js';

/** An OLE compound file: what a password-protected .docx really is. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word (.docx) → its raw text through mammoth; embedded images and links are not followed. */
export const docxReader: FormatReader = {
  extensions: ['docx'],
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  async read(bytes) {
    if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new SkipError('encrypted', 'the Word document is password-protected (or an old binary .doc renamed)');
    }
    // Loaded on the first Word file, not with every import worker (see formats/README).
    const { default: mammoth } = await import('mammoth');
    let value: string;
    try {
      ({ value } = await mammoth.extractRawText({
        buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      }));
    } catch (e) {
      throw new SkipError('broken', `not a readable Word document (${(e as Error).message.split('\n')[0]})`);
    }
    // mammoth ends every paragraph with a blank line; one blank line between paragraphs reads better.
    const text = cleanText(value)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const title =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim()
        .slice(0, 200) ?? null;
    return { title, mimeType: this.mimeType, text, publishedAt: docxCoreDate(bytes), properties: {} };
  },
};
