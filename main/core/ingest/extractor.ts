import type { ExtractOptions, ExtractionResult } from '../extract/types.js';

/** What ingest needs from extraction: text in, entities/dates/events out (sync or async). */
export type Extractor = (text: string, options: ExtractOptions) => ExtractionResult | Promise<ExtractionResult>;

/** The date part (YYYY-MM-DD) of a published date, which relative dates resolve against. */
export function documentDate(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt);
  if (m) return m[1]!;
  const t = Date.parse(publishedAt);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Dossier's own extraction, loaded on first use (compromise and the gazetteer are large). */
export async function defaultExtractor(): Promise<Extractor> {
  const { extract } = await import('../extract/index.js');
  return extract;
}
