import type { ReadableCase } from '../store/case-store.js';
import { READERS } from './formats/index.js';
import { sha256Of } from './prepare-file.js';

export interface TextProblem {
  documentId: string;
  title: string;
  problem: string;
}

/**
 * A document's text is derived from its original file: reading the original again must give the
 * same text. A document whose text says something else was altered (a bundle, a hand edit of
 * the case file) or was read by an older reader version (re-extract it). Documents without their
 * original (redacted bundles) or without a reader for their type are not judged.
 */
export async function textsNotMatchingOriginals(store: ReadableCase, limit = 50): Promise<TextProblem[]> {
  const problems: TextProblem[] = [];
  for (const doc of store.iterate('document')) {
    if (problems.length >= limit) break;
    const bytes = store.original(doc.sha256);
    if (!bytes) continue;
    const say = (problem: string): void => void problems.push({ documentId: doc.id, title: doc.title, problem });
    if (sha256Of(bytes) !== doc.sha256) {
      say('its original file does not match its SHA-256');
      continue;
    }
    if (typeof doc.properties.unread === 'string') continue; // kept as bytes only: nothing was read
    const reader = READERS.find((r) => r.mimeType === doc.mimeType);
    if (!reader) continue;
    let text: string;
    try {
      text = (await reader.read(bytes, doc.title)).text;
    } catch {
      continue; // unreadable now as then: nothing to compare
    }
    if (text !== doc.text)
      say('its text is not what its original file yields (altered, or read by an older version: re-extract it)');
  }
  return problems;
}
