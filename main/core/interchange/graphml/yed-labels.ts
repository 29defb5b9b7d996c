const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|quot|apos|amp);|&#(\d+);|&#x([0-9a-f]+);/gi,
    (m, _n, dec: string | undefined, hex: string | undefined) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[m] ?? m),
  );
}

/**
 * Node labels a yEd file keeps only in its graphics (`<y:NodeLabel>`), by node id. yEd writes no
 * plain label attribute, and GraphML readers see the graphics as opaque data, so without this a
 * yEd diagram would import with its node ids for names.
 */
export function yedNodeLabels(xml: string): Map<string, string> {
  const labels = new Map<string, string>();
  if (!xml.includes('y:NodeLabel')) return labels;
  for (const node of xml.matchAll(/<node\b[^>]*?\bid="([^"]*)"[^>]*>([\s\S]*?)<\/node>/g)) {
    const label = node[2]!.match(/<y:NodeLabel\b[^>]*>([\s\S]*?)<\/y:NodeLabel>/);
    const text = label && unescapeXml(label[1]!.replace(/<[^>]*>/g, '')).trim();
    if (text) labels.set(unescapeXml(node[1]!), text);
  }
  return labels;
}
