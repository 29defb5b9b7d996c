import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlReader } from '../../../../main/core/ingest/formats/html.js';

const page = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/news-dev/${name}`, import.meta.url)));

describe('HTML main content', () => {
  it('keeps the article and leaves menus, captions, credits, bylines and footers out of the body', async () => {
    const doc = await htmlReader.read(page('border-post.html'), 'border-post.html');
    expect(doc.text).toContain('Gunmen crossing from Afghanistan attacked a border post');
    expect(doc.text.startsWith("Gunmen attack border post in Tajikistan's Khatlon region")).toBe(true);
    for (const chrome of [
      'Home',
      'Europe',
      'Pakistan Today',
      'All rights reserved',
      'Photo: Steppe Herald',
      'By Nodira Karimova',
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.publishedAt).toBe('2025-11-28T09:14:00Z');
    expect(doc.properties).toMatchObject({ cleaned: 'readability', siteName: 'Steppe Herald' });
    expect(doc.properties.byline).toContain('Nodira Karimova');
    expect(doc.properties.captions).toEqual(
      expect.arrayContaining([expect.stringContaining('Soldiers guard a checkpoint')]),
    );
  });

  it('falls back to the whole page text when there is no article', async () => {
    const doc = await htmlReader.read(
      new TextEncoder().encode('<html><body><p>Short note about Dushanbe.</p></body></html>'),
      'n.html',
    );
    expect(doc.text).toBe('Short note about Dushanbe.');
    expect(doc.properties).toEqual({});
  });
});
