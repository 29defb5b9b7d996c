import { z } from 'zod';

/** The file formats a case exports to and imports from: its own signed bundle and the interchange formats. */
export const EXCHANGE_FORMATS = ['casebundle', 'stix', 'ftm', 'vis', 'graphml', 'csv'] as const;
export const exchangeFormatSchema = z.enum(EXCHANGE_FORMATS);
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];
