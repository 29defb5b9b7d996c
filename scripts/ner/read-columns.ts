import { readFileSync } from 'node:fs';
import type { NerSentence } from './corpus-types.js';

export interface ColumnBlock {
  /** Comment lines ("# newdoc id = …") seen before this sentence. */
  comments: string[];
  sentence: NerSentence;
  /** A "-DOCSTART-" line came before this sentence. */
  docStart: boolean;
}

/**
 * Reads a CoNLL-style column file: one token per line, blank lines between sentences.
 * `tokenCol` / `tagCol` pick the columns split by `sep`; tags are returned raw.
 */
export function readColumns(file: string, tokenCol: number, tagCol: number, sep: RegExp = /\t| /): ColumnBlock[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const blocks: ColumnBlock[] = [];
  let comments: string[] = [];
  let docStart = false;
  let cur: NerSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length) blocks.push({ comments, sentence: cur, docStart });
    if (cur.tokens.length) {
      comments = [];
      docStart = false;
    }
    cur = { tokens: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    if (cur.tokens.length === 0 && /^# (newdoc|sent_id|text)\b/.test(line)) {
      comments.push(line);
      continue;
    }
    const cols = line.split(sep);
    const token = cols[tokenCol];
    const tag = cols[tagCol];
    if (token === '-DOCSTART-') {
      flush();
      docStart = true;
      continue;
    }
    if (token === undefined || tag === undefined || token === '') continue;
    cur.tokens.push(token);
    cur.tags.push(tag);
  }
  flush();
  return blocks;
}
