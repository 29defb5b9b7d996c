import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * The built renderer's file for a URL path, or null. Paths are decoded and normalised and must
 * stay inside `root`: `..`, encoded separators and absolute paths cannot escape it.
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, normalize(relative));
  if (full !== base && !full.startsWith(base + sep)) return null;
  const target = existsSync(full) && statSync(full).isDirectory() ? join(full, 'index.html') : full;
  if (!existsSync(target) || !statSync(target).isFile()) return null;
  return {
    bytes: readFileSync(target),
    contentType: TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
  };
}
