import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import {
  EXCHANGE_FORMATS,
  type ExchangeFormat,
  type ImportFormat as KnownImportFormat,
} from '../../../lib/vocabulary/index.js';
import { DossierError } from '../errors.js';

export const EXPORT_FORMATS = EXCHANGE_FORMATS;
export type ExportFormat = ExchangeFormat;

export type ImportFormat = KnownImportFormat;

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.casebundle': 'casebundle',
  '.zip': 'casebundle',
  '.json': 'stix',
  '.stix': 'stix',
  '.ftm': 'ftm',
  '.ftmjson': 'ftm',
  '.jsonl': 'ftm',
  '.ndjson': 'ftm',
  '.vis': 'vis',
  '.graphml': 'graphml',
  '.xml': 'graphml',
  '.csv': 'csv',
  '.gexf': 'gexf',
  '.xlsx': 'xlsx',
  '.cyjs': 'cyjs',
};

/** The format named by `--format`, else the one the output file's extension implies. */
export function exportFormatOf(out: string, explicit?: string): ExportFormat {
  if (explicit) {
    const f = EXPORT_FORMATS.find((x) => x === explicit.toLowerCase());
    if (!f)
      throw new DossierError('invalid-argument', `unknown format "${explicit}" (one of ${EXPORT_FORMATS.join(', ')})`);
    return f;
  }
  const f = BY_EXTENSION[extname(out).toLowerCase()];
  if (!f)
    throw new DossierError(
      'invalid-argument',
      `cannot tell the format from "${out}": add --format (${EXPORT_FORMATS.join(', ')})`,
    );
  return f;
}

/**
 * What a file holds, judged by its content (never its name): a case bundle (zip, or encrypted),
 * a STIX 2.1 bundle, an Aleph diagram, FtM JSON lines, GraphML or CSV.
 */
export function detectImportFormat(path: string): ImportFormat {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = head.subarray(0, n);
  if (
    bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) ||
    bytes.toString('latin1').startsWith('DOSSIER-ENCRYPTED-BUNDLE\n')
  ) {
    return 'casebundle';
  }
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) {
    if (/<graphml[\s>]/.test(text)) return 'graphml';
    throw new DossierError('unsupported', `${path} is XML but not GraphML`);
  }
  if (text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0]!;
    try {
      const first = JSON.parse(firstLine) as Record<string, unknown>;
      if (typeof first.schema === 'string' && typeof first.id === 'string') return 'ftm';
    } catch {
      // not one object per line: a single JSON document, judged below
    }
    if (/"type"\s*:\s*"bundle"/.test(text) && /"objects"\s*:/.test(text)) return 'stix';
    if (/"spec_version"\s*:\s*"2\.1"/.test(text) && /"id"\s*:\s*"[a-z0-9-]+--[0-9a-f-]{36}"/.test(text)) return 'stix';
    if (/"layout"\s*:/.test(text) && /"entities"\s*:/.test(text)) return 'vis';
    throw new DossierError(
      'unsupported',
      `${path} is JSON but neither a STIX 2.1 bundle, FtM JSON lines nor an Aleph diagram`,
    );
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',') || firstLine.includes(';') || firstLine.includes('\t')) return 'csv';
  throw new DossierError(
    'unsupported',
    `${path} is not a format Dossier imports (case bundle, STIX 2.1, FtM, GraphML or CSV)`,
  );
}
