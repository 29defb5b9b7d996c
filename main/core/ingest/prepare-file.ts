import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ExtractionResult } from '../extract/types.js';
import { messageOf } from '../errors.js';
import { documentDateOf } from './document-date.js';
import { tableDocumentDate } from './table-date.js';
import { type Extractor, documentDate } from './extractor.js';
import { readerFor } from './formats/index.js';
import type { CsvTable, ReadParty } from './formats/reader.js';
import { SkipError, isSkipError } from './skip-error.js';
import type { SkippedFile } from './types.js';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/**
 * Most text one document may hold. Measured: a 30 MiB plain-text file ingests at ~500 MB peak
 * without extraction (a 199 MiB one ran a worker out of memory at 5 GB); and a document's text
 * travels in one bundle line, which readers bound at 32 MiB (bundle/format.ts).
 */
export const MAX_TEXT_BYTES = 30 * 1024 * 1024;
/** Formats whose text is about as large as the file: refused before reading, not after. */
const PLAIN_TEXT = new Set(['text/plain', 'text/markdown']);

/** One document ready to be written: read, hashed and extracted, but not yet in the case. */
export interface PreparedDocument {
  fileName: string;
  sourceUri: string;
  title: string;
  mimeType: string;
  sha256: string;
  bytes: Uint8Array;
  text: string;
  publishedAt: string | null;
  properties: Record<string, unknown>;
  parties: ReadParty[];
  table: CsvTable | null;
  extraction: ExtractionResult | null;
  children: PreparedDocument[];
}

export type PrepareOutcome = { path: string; document: PreparedDocument } | { path: string; skipped: SkippedFile };

export interface PrepareOptions {
  maxBytes?: number;
  /** Null: no extraction. */
  extractor: Extractor | null;
  /** The id of a document already holding these bytes, if any (duplicates are not re-read). */
  existingDocument(sha256: string): string | null;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads one file and turns it into a PreparedDocument, or says why it is skipped. Touches no
 * case, so it runs the same in a worker thread and in-process.
 */
export async function prepareFile(path: string, options: PrepareOptions): Promise<PrepareOutcome> {
  const skip = (kind: SkippedFile['kind'], reason: string, existingDocumentId?: string): PrepareOutcome => ({
    path,
    skipped: { path, kind, reason, ...(existingDocumentId ? { existingDocumentId } : {}) },
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const reader = readerFor(path);
  if (!reader) return skip('unsupported', `unsupported file type "${extname(path) || basename(path)}"`);
  let bytes: Uint8Array;
  let modified: Date | null = null;
  try {
    const info = await stat(path);
    modified = info.mtime;
    if (info.size > maxBytes)
      return skip('too-large', `file is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} limit`);
    if (PLAIN_TEXT.has(reader.mimeType) && info.size > MAX_TEXT_BYTES) {
      return skip(
        'too-large',
        `text file is ${megabytes(info.size)}, over the ${megabytes(MAX_TEXT_BYTES)} a document's text may hold`,
      );
    }
    if (info.size === 0) return skip('empty', 'file is empty');
    bytes = await readFile(path);
  } catch (e) {
    return skip('broken', `file cannot be read (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`);
  }
  const sha256 = sha256Of(bytes);
  const existing = options.existingDocument(sha256);
  if (existing) return skip('duplicate', 'the same bytes are already in the case', existing);
  try {
    const document = await prepareBytes(bytes, sha256, basename(path), path, options, modified);
    return { path, document };
  } catch (e) {
    if (isSkipError(e)) return skip(e.kind, e.message);
    return skip('broken', `file cannot be read: ${firstLine(messageOf(e))}`);
  }
}

async function prepareBytes(
  bytes: Uint8Array,
  sha256: string,
  fileName: string,
  sourceUri: string,
  options: PrepareOptions,
  modified: Date | null = null,
): Promise<PreparedDocument> {
  const reader = readerFor(fileName);
  if (!reader) throw new Error(`unsupported file type ${fileName}`);
  const read = await reader.read(bytes, fileName);
  if (read.text.length > MAX_TEXT_BYTES / 3 && Buffer.byteLength(read.text) > MAX_TEXT_BYTES) {
    throw new SkipError(
      'too-large',
      `its text is ${megabytes(Buffer.byteLength(read.text))}, over the ${megabytes(MAX_TEXT_BYTES)} a document's text may hold`,
    );
  }
  if (!read.text.trim() && !read.table?.rows.length && !read.attachments?.length) {
    throw new SkipError('empty', 'no text could be read from the file');
  }
  const children: PreparedDocument[] = [];
  for (const a of read.attachments ?? []) {
    children.push(await prepareAttachment(a.fileName, a.bytes, `${sourceUri}#${a.fileName}`, options));
  }
  let extraction: ExtractionResult | null = null;
  const properties = { ...read.properties };
  if (options.extractor && read.text.trim() && !read.table) {
    try {
      extraction = await options.extractor(read.text, { date: documentDate(read.publishedAt) });
    } catch (e) {
      // The document is still evidence: keep it, say why nothing was extracted, re-extract later.
      properties.extractionError = firstLine(messageOf(e));
    }
  }
  const dated = read.table
    ? (documentDateOf(read.mimeType, read.publishedAt, null) ?? tableDocumentDate(read.table, modified))
    : documentDateOf(read.mimeType, read.publishedAt, extraction);
  if (dated) properties.documentDate = dated;
  // The reader names where a table's date came from ("latest “date” entry", "file modified").
  if (dated?.dateKind && properties.dateKind === undefined) properties.dateKind = dated.dateKind;
  return {
    fileName,
    sourceUri,
    title: read.title?.trim() || fileName,
    mimeType: read.mimeType,
    sha256,
    bytes,
    text: read.text,
    // A report that says its own date is dated by it, not by the day it was imported.
    publishedAt: read.publishedAt ?? (dated ? dated.value : null),
    properties,
    parties: read.parties ?? [],
    table: read.table ?? null,
    extraction,
    children,
  };
}

/**
 * An attachment is always kept (its bytes are evidence), even when its format cannot be read:
 * it then becomes a child document without text, with the reason in its properties.
 */
async function prepareAttachment(
  fileName: string,
  bytes: Uint8Array,
  sourceUri: string,
  options: PrepareOptions,
): Promise<PreparedDocument> {
  const sha256 = sha256Of(bytes);
  const bare = (reason: string): PreparedDocument => ({
    fileName,
    sourceUri,
    title: fileName,
    mimeType: 'application/octet-stream',
    sha256,
    bytes,
    text: '',
    publishedAt: null,
    properties: { unread: reason },
    parties: [],
    table: null,
    extraction: null,
    children: [],
  });
  if (!readerFor(fileName)) return bare('unsupported file type');
  try {
    return await prepareBytes(bytes, sha256, fileName, sourceUri, options);
  } catch (e) {
    return bare(firstLine(messageOf(e)));
  }
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}
