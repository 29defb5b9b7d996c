import type { AddressObject } from 'mailparser';
import { cleanText } from '../decode-text.js';
import { SkipError } from '../skip-error.js';
import { htmlToText } from './html.js';
import type { FormatReader, ReadAttachment, ReadParty } from './reader.js';

/**
 * E-mail (.eml) → a header block (From/To/Cc/Date/Subject) followed by the body, so the
 * parties have offsets like any other mention; the sender and recipients, the date (the
 * document's published date) and the attachments (child documents) are returned beside it.
 * An HTML-only body is reduced to text; remote images in it are never fetched.
 */
export const emlReader: FormatReader = {
  extensions: ['eml'],
  mimeType: 'message/rfc822',
  async read(bytes) {
    // Loaded on the first e-mail, not with every import worker (see formats/README).
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipImageLinks: true,
      skipHtmlToText: true,
      skipTextLinks: true,
    });
    const parties: ReadParty[] = [
      ...addresses(mail.from, 'from'),
      ...addresses(mail.to, 'to'),
      ...addresses(mail.cc, 'cc'),
      ...addresses(mail.bcc, 'bcc'),
    ];
    if (!parties.length && !mail.subject && !mail.text && !mail.html) {
      throw new SkipError('broken', 'not an e-mail message (no headers or body found)');
    }
    const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null;
    const header: string[] = [];
    for (const role of ['from', 'to', 'cc', 'bcc'] as const) {
      const list = parties.filter((p) => p.role === role);
      if (list.length)
        header.push(`${role.charAt(0).toUpperCase()}${role.slice(1)}: ${list.map(formatParty).join(', ')}`);
    }
    if (date) header.push(`Date: ${date}`);
    if (mail.subject) header.push(`Subject: ${mail.subject}`);
    const body = mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? htmlToText(mail.html).text : '';
    const attachments: ReadAttachment[] = mail.attachments
      .filter((a) => a.contentDisposition !== 'inline' || a.filename)
      .map((a, i) => ({
        fileName: safeName(a.filename) ?? `attachment-${i + 1}${guessExtension(a.contentType)}`,
        bytes: new Uint8Array(a.content),
      }));
    return {
      title: mail.subject?.trim() || null,
      mimeType: 'message/rfc822',
      text: cleanText(`${header.join('\n')}\n\n${body.trim()}`),
      publishedAt: date,
      properties: { messageId: mail.messageId ?? null, attachments: attachments.length },
      parties,
      attachments,
    };
  },
};

function addresses(value: AddressObject | AddressObject[] | undefined, role: ReadParty['role']): ReadParty[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const out: ReadParty[] = [];
  const walk = (entries: AddressObject['value']): void => {
    for (const e of entries) {
      if (e.group) walk(e.group);
      else if (e.address) out.push({ role, name: e.name?.trim() || null, address: e.address });
    }
  };
  for (const v of list) walk(v.value);
  return out;
}

function formatParty(p: ReadParty): string {
  return p.name ? `${p.name} <${p.address}>` : p.address;
}

/** Only the base name of an attachment: a name like "../../x" must not look like a path. */
function safeName(name: string | undefined): string | null {
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}

function guessExtension(contentType: string): string {
  if (contentType === 'text/plain') return '.txt';
  if (contentType === 'text/html') return '.html';
  if (contentType === 'application/pdf') return '.pdf';
  if (contentType === 'message/rfc822') return '.eml';
  return '.bin';
}
