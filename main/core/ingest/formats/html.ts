import { Parser } from 'htmlparser2';
import { cleanText, decodeText } from '../decode-text.js';
import { htmlMainContent } from './html-main-content.js';
import type { FormatReader } from './reader.js';

/** Elements whose content is never text: code, styling, embedded or remote objects. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
]);
/** Elements whose content the tokeniser takes as raw text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style']);
/** Elements that end a line of text, so words of adjacent blocks do not run together. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'figure',
  'figcaption',
  'main',
]);
/** Elements without content: one line break where they stand, not one on each side. */
const VOID = new Set(['br', 'hr']);
const PUBLISHED_META = new Set([
  'article:published_time',
  'date',
  'dc.date',
  'dcterms.created',
  'pubdate',
  'publish-date',
]);

/**
 * HTML → its visible text. The page is only tokenised: nothing is executed, no stylesheet,
 * image or frame is fetched, and scripts, styles and embedded objects are dropped entirely.
 */
export function htmlToText(html: string): { text: string; title: string | null; publishedAt: string | null } {
  let out = '';
  let title = '';
  let inTitle = false;
  let dropDepth = 0;
  let publishedAt: string | null = null;
  /** Where the content of an open <script> or <style> starts: if it never closes, it is not code. */
  let rawTextFrom: number | null = null;
  let unclosedRawText: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (!publishedAt && (PUBLISHED_META.has(key) || key === 'datepublished') && attrs.content)
            publishedAt = attrs.content.trim();
        }
        if (RAW_TEXT.has(name) && rawTextFrom === null) rawTextFrom = parser.endIndex + 1;
        if (DROPPED.has(name)) dropDepth++;
        else if (BLOCK.has(name) && dropDepth === 0) out += '\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (dropDepth === 0) out += data;
      },
      onclosetag(name, isImplied) {
        if (name === 'title') inTitle = false;
        if (RAW_TEXT.has(name)) {
          if (isImplied && unclosedRawText === null) unclosedRawText = rawTextFrom;
          rawTextFrom = null;
        }
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (BLOCK.has(name) && !VOID.has(name) && dropDepth === 0) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  // An unclosed <script> or <style> swallows the rest of the page as code: read that rest as
  // HTML again rather than lose the text after it (the probe found it dropped).
  if (unclosedRawText !== null && unclosedRawText < html.length)
    out += `\n${htmlToText(html.slice(unclosedRawText)).text}`;
  const text = cleanText(out)
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const t = title.replace(/\s+/g, ' ').trim();
  return { text, title: t || null, publishedAt };
}

export const htmlReader: FormatReader = {
  extensions: ['html', 'htm', 'xhtml'],
  mimeType: 'text/html',
  async read(bytes, fileName) {
    const html = decodeText(bytes, fileName);
    // A news page: its article only; byline, site, captions kept as metadata (html-main-content.ts).
    const main = await htmlMainContent(html);
    if (main) {
      const properties = {
        cleaned: 'readability',
        ...(main.byline ? { byline: main.byline } : {}),
        ...(main.siteName ? { siteName: main.siteName } : {}),
        ...(main.captions.length ? { captions: main.captions } : {}),
      };
      return { title: main.title, mimeType: 'text/html', text: main.text, publishedAt: main.publishedAt, properties };
    }
    const { text, title, publishedAt } = htmlToText(html);
    return { title, mimeType: 'text/html', text, publishedAt, properties: {} };
  },
};
