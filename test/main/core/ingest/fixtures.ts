import { strToU8, zipSync } from 'fflate';

/**
 * Real files of each format, built byte by byte in the test so the fixtures are ours and
 * their content is known exactly.
 */

/** A PDF with a text layer: one page per entry, one text line per line of the entry. */
export function makePdf(
  pages: string[],
  options: { title?: string; creationDate?: string; encrypted?: boolean } = {},
): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((text, i) => {
    const lines = text.split('\n').map((l) => `(${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj 0 -16 Td`);
    const stream = `BT /F1 12 Tf 72 720 Td ${lines.join(' ')} ET`;
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  const infoId = objects.length;
  objects[infoId] =
    `<< ${options.title ? `/Title (${options.title}) ` : ''}${options.creationDate ? `/CreationDate (${options.creationDate})` : ''} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const id = objects.length;
    const junk = '<' + 'ab'.repeat(32) + '>';
    objects[id] = `<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -44 >>`;
    encrypt = ` /Encrypt ${id} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A .docx with one paragraph per entry. */
export function makeDocx(paragraphs: string[]): Buffer {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  return Buffer.from(zipSync(files));
}

/** A multipart e-mail with a text body and optional attachments. */
export function makeEml(options: {
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  date: string;
  body: string;
  attachments?: { name: string; type: string; content: Buffer }[];
}): Buffer {
  const boundary = 'dossier-test-boundary';
  const head = [
    `From: ${options.from}`,
    `To: ${options.to.join(', ')}`,
    ...(options.cc?.length ? [`Cc: ${options.cc.join(', ')}`] : []),
    `Subject: ${options.subject}`,
    `Date: ${options.date}`,
    'Message-ID: <test-1@example.org>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${options.body}\r\n`,
  ];
  for (const a of options.attachments ?? []) {
    const b64 = a.content.toString('base64').replace(/.{76}/g, '$&\r\n');
    parts.push(
      `--${boundary}\r\nContent-Type: ${a.type}; name="${a.name}"\r\nContent-Disposition: attachment; filename="${a.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`,
    );
  }
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${parts.join('')}--${boundary}--\r\n`, 'utf8');
}
