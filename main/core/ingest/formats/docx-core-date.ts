import { unzipSync, strFromU8 } from 'fflate';

/**
 * The date a Word document's core properties give (`docProps/core.xml`: dcterms:created, else
 * dcterms:modified), as an ISO string, or null when the package has none or is unreadable.
 */
export function docxCoreDate(bytes: Uint8Array): string | null {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    if (!core) return null;
    xml = strFromU8(core);
  } catch {
    return null;
  }
  for (const tag of ['dcterms:created', 'dcterms:modified']) {
    const m = new RegExp(`<${tag}[^>]*>([^<]+)</${tag}>`).exec(xml);
    const value = m?.[1]?.trim();
    if (value && !Number.isNaN(Date.parse(value))) return value;
  }
  return null;
}
