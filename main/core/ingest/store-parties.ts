import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord, NewRecord } from '../store/records.js';
import { partyNameType } from '../extract/party-name.js';
import { ensureEntity } from './ensure-entity.js';
import type { EntityResolver } from './entity-resolver.js';
import type { ReadParty } from './formats/reader.js';
import { linkOnce } from './link-once.js';
import { spanOf } from './store-extraction.js';

const EXTRACTOR = 'email-headers';
const VERSION = '1';

/**
 * The sender and recipients of an e-mail become email entities (and person entities when a
 * display name is given — organisations for a desk or unit such as "Field Office Khorog"), mentioned where the header block at the top of the text names them,
 * linked person → address ("uses-email") and sender → recipient ("emailed", dated by the mail).
 */
export function storeParties(
  store: WritableCase,
  resolver: EntityResolver,
  doc: DocumentRecord,
  parties: readonly ReadParty[],
): { entityIds: string[]; mentions: number; spans: string[] } {
  const headerEnd = Math.max(0, doc.text.indexOf('\n\n'));
  const header = doc.text.slice(0, headerEnd);
  const mentions: NewRecord<'mention'>[] = [];
  const ids = new Set<string>();
  const mention = (entityId: string, surface: string, from: number): number => {
    const at = surface ? header.indexOf(surface, from) : -1;
    if (at < 0) return from;
    mentions.push({
      documentId: doc.id,
      entityId,
      start: at,
      end: at + surface.length,
      surface,
      extractor: EXTRACTOR,
      extractorVersion: VERSION,
      status: 'suggested',
    });
    return at + surface.length;
  };
  const nodeOf: { role: ReadParty['role']; id: string; line: [number, number] }[] = [];
  for (const p of parties) {
    const address = p.address.trim().toLowerCase();
    if (!address) continue;
    const lineStart = Math.max(0, header.search(new RegExp(`^${headerName(p.role)}:`, 'im')));
    const lineEnd = header.indexOf('\n', lineStart) < 0 ? header.length : header.indexOf('\n', lineStart);
    const email = ensureEntity(store, resolver, {
      type: 'email',
      label: address,
      aliases: [p.address.trim()],
      properties: { origin: EXTRACTOR, value: address },
    }).entity;
    ids.add(email.id);
    let node = email.id;
    let cursor = lineStart;
    if (p.name && p.name.trim() && p.name.trim().toLowerCase() !== address) {
      const person = ensureEntity(store, resolver, {
        type: partyNameType(p.name),
        label: p.name.trim(),
        properties: { origin: EXTRACTOR },
      }).entity;
      ids.add(person.id);
      cursor = mention(person.id, p.name.trim(), cursor);
      linkOnce(
        store,
        { sourceId: person.id, targetId: email.id, type: 'uses-email', directed: true, seen: doc.publishedAt },
        doc,
        [lineStart, lineEnd],
      );
      node = person.id;
    }
    mention(email.id, p.address.trim(), cursor);
    nodeOf.push({ role: p.role, id: node, line: [lineStart, lineEnd] });
  }
  const sender = nodeOf.find((n) => n.role === 'from');
  if (sender) {
    for (const r of nodeOf) {
      if (r.role === 'from' || r.role === 'reply-to' || r.id === sender.id) continue;
      linkOnce(
        store,
        { sourceId: sender.id, targetId: r.id, type: 'emailed', directed: true, seen: doc.publishedAt },
        doc,
        r.line,
      );
    }
  }
  store.insertMany('mention', mentions, 'email-mentions');
  return { entityIds: [...ids], mentions: mentions.length, spans: mentions.map((m) => spanOf(m.start, m.end)) };
}

function headerName(role: ReadParty['role']): string {
  return role === 'reply-to' ? 'Reply-To' : role.charAt(0).toUpperCase() + role.slice(1);
}
