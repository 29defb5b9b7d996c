import { z } from 'zod';

/** The file formats a case is both exported to and imported from: its own signed bundle and the interchange formats. */
export const IMPORT_FORMATS = ['casebundle', 'stix', 'ftm', 'vis', 'graphml', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Everything a case exports to: the formats above plus the export-only ones (GEXF for Gephi, XLSX, Cytoscape JSON). */
export const EXCHANGE_FORMATS = [...IMPORT_FORMATS, 'gexf', 'xlsx', 'cyjs'] as const;
export const exchangeFormatSchema = z.enum(EXCHANGE_FORMATS);
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];
