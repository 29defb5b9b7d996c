import { createHash } from 'node:crypto';
import type { documentEditMethods } from '../../preload/contract/documents-edit.js';
import { findPassage } from '../core/analysis/find-passage.js';
import { markDocuments } from '../core/entities/document-marking.js';
import { DossierError } from '../core/errors.js';
import type { DomainHandlers } from './define.js';
import { deskChange } from './desk-change.js';

export const documentEditHandlers: DomainHandlers<typeof documentEditMethods> = {
  'documents:mark': ({ ids, reliability, tlp }, ctx) => {
    const result = markDocuments(ctx.session.requireWritable(), ids, { reliability, tlp });
    const what = [reliability !== undefined ? `graded ${reliability ?? 'ungraded'}` : '', tlp ? `marked ${tlp}` : '']
      .filter(Boolean)
      .join(' and ');
    return deskChange(
      ctx,
      `${ids.length === 1 ? 'Document' : `${ids.length} documents`} ${what}`,
      result,
      ids.length === 1 ? ids[0]! : null,
    );
  },
  'documents:original': ({ id }, ctx) => {
    const store = ctx.session.require();
    const doc = store.require('document', id);
    const bytes = store.original(doc.sha256);
    if (!bytes)
      throw new DossierError(
        'not-found',
        `the original file of "${doc.title}" is not in this case (it may have been exported without originals)`,
      );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== doc.sha256)
      throw new DossierError(
        'case-corrupt',
        `the stored original of "${doc.title}" does not match its SHA-256: it will not be handed out`,
      );
    const named = doc.properties.fileName;
    const fileName = typeof named === 'string' && named ? named : doc.sourceUri.split(/[\\/]/).at(-1) || doc.title;
    return { fileName, mimeType: doc.mimeType, sha256, size: bytes.length, dataBase64: bytes.toString('base64') };
  },
  'documents:find-text': ({ id, text }, ctx) => findPassage(ctx.session.require().require('document', id).text, text),
};
