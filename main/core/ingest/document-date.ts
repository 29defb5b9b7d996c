import type { ExtractionResult } from '../extract/types.js';
import { documentDate } from './extractor.js';

/** Stored in a document's properties as `documentDate`; the reader shows it as published / report date / received. */
export interface StoredDocumentDate {
  [key: string]: string;
  value: string;
  precision: 'day' | 'month' | 'year';
  /** 'html-meta', 'email-date', 'pdf-info', 'docx-core' (metadata) or 'dateline', 'report-date', 'top-line' (the text). */
  source: string;
}

const METADATA_SOURCE: Record<string, string> = {
  'text/html': 'html-meta',
  'message/rfc822': 'email-date',
  'application/pdf': 'pdf-info',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx-core',
};

/** The document's own date: its metadata first, else what extraction read from the text. */
export function documentDateOf(
  mimeType: string,
  publishedAt: string | null,
  extraction: ExtractionResult | null,
): StoredDocumentDate | null {
  const day = documentDate(publishedAt);
  if (day) return { value: day, precision: 'day', source: METADATA_SOURCE[mimeType] ?? 'metadata' };
  const fromText = extraction?.documentDate;
  if (fromText && fromText.source !== 'given')
    return { value: fromText.value, precision: fromText.precision, source: fromText.source };
  return null;
}
