/**
 * The contract every format reader fulfils: bytes in, one document's text and metadata out
 * (plus, for e-mail, the parties and attachments; for CSV, the rows). Readers never touch the
 * case and never reach the network; what they cannot read they refuse with a SkipError.
 */

export interface ReadParty {
  role: 'from' | 'to' | 'cc' | 'bcc' | 'reply-to';
  name: string | null;
  address: string;
}

export interface ReadAttachment {
  fileName: string;
  bytes: Uint8Array;
}

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
  /** Text offsets [start, end) of each row, parallel to `rows`. */
  spans: [number, number][];
}

export interface ReadDocument {
  /** Null: the importer uses the file name. */
  title: string | null;
  mimeType: string;
  text: string;
  /** ISO date or date-time the document itself gives (e-mail Date, PDF creation date …). */
  publishedAt: string | null;
  properties: Record<string, unknown>;
  parties?: ReadParty[];
  attachments?: ReadAttachment[];
  table?: CsvTable;
}

export interface FormatReader {
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  mimeType: string;
  read(bytes: Uint8Array, fileName: string): Promise<ReadDocument>;
}
