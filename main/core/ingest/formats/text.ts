import { cleanText, decodeText } from '../decode-text.js';
import type { FormatReader } from './reader.js';

export const textReader: FormatReader = {
  extensions: ['txt', 'text'],
  mimeType: 'text/plain',
  read(bytes, fileName) {
    const text = cleanText(decodeText(bytes, fileName));
    return Promise.resolve({ title: null, mimeType: 'text/plain', text, publishedAt: null, properties: {} });
  },
};

/** Markdown is kept as written: its markup is readable and offsets then match the file. */
export const markdownReader: FormatReader = {
  extensions: ['md', 'markdown'],
  mimeType: 'text/markdown',
  read(bytes, fileName) {
    const text = cleanText(decodeText(bytes, fileName));
    const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? null;
    return Promise.resolve({ title: heading, mimeType: 'text/markdown', text, publishedAt: null, properties: {} });
  },
};
