/** The import API every front end uses (CLI, contract handlers, worker). */
import type { Reliability } from '../../../lib/vocabulary/index.js';

export interface ImportOptions {
  /** Files larger than this are skipped with a reason (default 200 MB). */
  maxBytes?: number;
  /** Source reliability (Admiralty A–F) and TLP given to every imported document. */
  reliability?: Reliability | null;
  tlp?: string;
  /** Run extraction on each imported document (default true). */
  extract?: boolean;
  /** Name of a saved CSV mapping, or an inline one, for .csv files. */
  csvMapping?: string | CsvMapping;
  /**
   * The source to record for a file when its path is not where it came from (a browser upload
   * staged in a temp folder): path → source. Attachments keep their `#name` suffix.
   */
  sourceUris?: Readonly<Record<string, string>>;
}

export interface CsvMapping {
  name?: string;
  /** One entry per kind of entity a row yields. */
  entities: {
    id: string;
    labelColumn: string;
    type: string;
    typeColumn?: string;
    propertyColumns?: string[];
  }[];
  /** Links between the entities of one row, by their mapping ids. */
  links: { from: string; to: string; type: string; typeColumn?: string; directed?: boolean; confidence?: number }[];
  /** Column that dates the row's links (first/last seen), if any. */
  dateColumn?: string;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  currentFile: string | null;
  entitiesFound: number;
}

export interface ImportedFile {
  path: string;
  documentId: string;
  title: string;
  entities: number;
  mentions: number;
  events: number;
  /** Child documents (e-mail attachments). */
  children: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
  /** 'duplicate' when the same bytes are already in the case. */
  kind: 'duplicate' | 'unsupported' | 'too-large' | 'empty' | 'broken' | 'encrypted' | 'cancelled';
  existingDocumentId?: string;
}

export interface ImportSummary {
  imported: ImportedFile[];
  skipped: SkippedFile[];
  cancelled: boolean;
}
