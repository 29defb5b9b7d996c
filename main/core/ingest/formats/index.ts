import { extname } from 'node:path';
import { csvReader } from './csv.js';
import { docxReader } from './docx.js';
import { emlReader } from './eml.js';
import { htmlReader } from './html.js';
import type { FormatReader } from './reader.js';
import { pdfReader } from './pdf.js';
import { markdownReader, textReader } from './text.js';

/** Every format Dossier imports, one reader each. */
export const READERS: readonly FormatReader[] = [
  textReader,
  markdownReader,
  htmlReader,
  pdfReader,
  docxReader,
  emlReader,
  csvReader,
];

/** The reader for a file name's extension, or null when the format is not supported. */
export function readerFor(fileName: string): FormatReader | null {
  const ext = extname(fileName).slice(1).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext)) ?? null;
}

export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);
