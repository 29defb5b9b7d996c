import { htmlToText } from './html.js';

export interface MainContent {
  /** The article body as text (headline first), or null when the page has no article. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** Photo captions and credits, kept as metadata: they are not the article. */
  captions: string[];
}

/** Caption and credit elements: taken out before the article is found, kept as metadata. */
const CAPTIONS = 'figcaption, .caption, .credit, .photo-credit, .image-credit, [class*="caption"], [class*="credit"]';
/** Page chrome Readability may keep when it sits inside the article element. */
const CHROME =
  'nav, header nav, footer, aside, form, [role="navigation"], [class*="share"], [class*="related"], [class*="newsletter"], [class*="byline"], [rel="author"], .author, time';
/** Publication dates in structured data: `"datePublished": "2025-12-01T…"`. */
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]+)"/;

/**
 * The article of a news page: Mozilla's Readability over a linkedom DOM (nothing runs, nothing is
 * fetched). Menus, mastheads, share bars, footers, bylines and captions stay out of the body
 * text, so extraction never reads them; byline, site name, captions and published date are
 * returned as metadata. Null when Readability finds no article (the whole page text is used).
 * Both libraries load on the first HTML page, not with every import worker (see formats/README).
 */
export async function htmlMainContent(html: string): Promise<MainContent | null> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  let document: ReturnType<typeof parseHTML>['document'];
  try {
    ({ document } = parseHTML(html));
  } catch {
    return null;
  }
  const whole = htmlToText(html);
  const captions: string[] = [];
  for (const el of [...document.querySelectorAll(CAPTIONS)]) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) captions.push(t);
    el.remove();
  }
  const bylineEl = document.querySelector('[class*="byline"], [rel="author"], .author');
  const bylineText = bylineEl?.textContent?.replace(/\s+/g, ' ').trim() || null;
  for (const el of [...document.querySelectorAll(CHROME)]) el.remove();
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const body = htmlToText(article.content).text;
  if (body.length < 200) return null;
  const title = article.title?.trim() || whole.title;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    text,
    title,
    byline: article.byline?.trim() || bylineText,
    siteName: article.siteName?.trim() || null,
    publishedAt: whole.publishedAt ?? article.publishedTime ?? JSON_LD_DATE.exec(html)?.[1] ?? null,
    captions,
  };
}
