import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromTags, tagsFromSpans, type TagSpan } from './bio.js';
import type { NerDocument, NerSentence } from './corpus-types.js';
import { countryAsPlace } from './country-as-place.js';
import { normaliseRe3dSpan, re3dType } from './normalise-re3d.js';
import { readColumns, type ColumnBlock } from './read-columns.js';

/**
 * Every set in ../shared/ner-train converted to one BIO scheme over PER / ORG / LOC / MISC,
 * grouped into documents (document features need to know which sentences belong together).
 */
const SAME = (t: string) => (['PER', 'ORG', 'LOC', 'MISC'].includes(t) ? t : null);
const WNUT: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};

export function loadAllSets(root: string): NerDocument[] {
  return [...wikigold(root), ...btc(root), ...wnut17(root), ...re3d(root), ...uner(root)];
}

function convert(
  s: NerSentence,
  mapType: (raw: string) => string | null,
  fix?: (tokens: string[], span: TagSpan) => TagSpan | null,
): NerSentence {
  let spans = spansFromTags(s.tags, mapType);
  if (fix) spans = spans.map((sp) => fix(s.tokens, sp)).filter((sp): sp is TagSpan => sp !== null);
  return { tokens: s.tokens, tags: tagsFromSpans(s.tokens.length, spans) };
}

/** Wikipedia, IO tags, "-DOCSTART-" between articles. */
function wikigold(root: string): NerDocument[] {
  const blocks = readColumns(join(root, 'wikigold/CONLL-format/data/wikigold.conll.txt'), 0, 1, / /);
  return groupDocs('wikigold', blocks, (b) => b.docStart, SAME);
}

/** Tweets: each tweet is its own document. */
function btc(root: string): NerDocument[] {
  const dir = join(root, 'BTC/CONLL-format/data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conll'))
    .sort()
    .flatMap((f) => eachSentenceADoc(`btc/${f}`, readColumns(join(dir, f), 0, 1, /\t/).map(mergeHandles), SAME));
}

function wnut17(root: string): NerDocument[] {
  const files = ['train/wnut17train.conll', 'dev/emerging.dev.conll', 'test/emerging.test.annotated'];
  return files.flatMap((f) =>
    eachSentenceADoc(
      `wnut17/${f}`,
      readColumns(join(root, 'WNUT17/CONLL-format/data', f), 0, 1, /\t/).map(mergeHandles),
      (t) => WNUT[t] ?? null,
    ),
  );
}

/** Defence and security documents, one file per document; the BBC subset is never used. */
function re3d(root: string): NerDocument[] {
  const base = join(root, 're3d/by-source');
  const docs: NerDocument[] = [];
  for (const source of readdirSync(base).sort()) {
    if (/bbc/i.test(source)) continue; // non-commercial licence
    for (const f of readdirSync(join(base, source)).sort()) {
      const blocks = readColumns(join(base, source, f), 0, 1, /\t/);
      docs.push({
        set: 're3d',
        id: `${source}/${f}`,
        sentences: blocks.map((b) => convert(b.sentence, re3dType, normaliseRe3dSpan)),
      });
    }
  }
  return docs;
}

/** Universal NER (English Web Treebank, Parallel UD): "# newdoc" starts a document. */
function uner(root: string): NerDocument[] {
  const files = ['en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2', 'en_pud-ud-test.iob2'];
  return files.flatMap((f) => {
    const blocks = readColumns(join(root, 'uner', f), 1, 2, /\t/);
    return groupDocs(
      `uner/${f}`,
      blocks,
      (b) => b.comments.some((c) => c.startsWith('# newdoc')),
      SAME,
      countryAsPlace,
    );
  });
}

/**
 * The tweet sets split "@user" and "#tag" into two tokens (BTC even tags both B-PER); the
 * tokeniser keeps them whole, so training sees them whole too, typed as the name was.
 */
function mergeHandles(b: ColumnBlock): ColumnBlock {
  const { tokens, tags } = b.sentence;
  const outTokens: string[] = [];
  const outTags: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if ((tokens[i] === '@' || tokens[i] === '#') && next !== undefined && /^\w+$/.test(next)) {
      const nextTag = tags[i + 1]!;
      outTokens.push(tokens[i] + next);
      outTags.push(nextTag === 'O' ? 'O' : `B-${nextTag.slice(2)}`);
      i++;
    } else {
      outTokens.push(tokens[i]!);
      outTags.push(tags[i]!);
    }
  }
  return { ...b, sentence: { tokens: outTokens, tags: outTags } };
}

function groupDocs(
  set: string,
  blocks: ColumnBlock[],
  startsDoc: (b: ColumnBlock) => boolean,
  mapType: (t: string) => string | null,
  fix?: (tokens: string[], span: TagSpan) => TagSpan | null,
): NerDocument[] {
  const docs: NerDocument[] = [];
  for (const b of blocks) {
    if (!docs.length || startsDoc(b))
      docs.push({ set: set.split('/')[0]!, id: `${set}#${docs.length}`, sentences: [] });
    docs[docs.length - 1]!.sentences.push(convert(b.sentence, mapType, fix));
  }
  return docs;
}

function eachSentenceADoc(set: string, blocks: ColumnBlock[], mapType: (t: string) => string | null): NerDocument[] {
  return blocks.map((b, i) => ({
    set: set.split('/')[0]!,
    id: `${set}#${i}`,
    sentences: [convert(b.sentence, mapType)],
  }));
}
