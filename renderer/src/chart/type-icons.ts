import { ENTITY_TYPES, entityStyle } from '../entity-types.js';

/**
 * The shell's type icons, prepared for the canvas: the shipped SVGs have only a viewBox, and an
 * SVG image without an intrinsic size draws as nothing on a canvas. Each is given a size and
 * its type's colour and turned into a data URL (allowed by the page's CSP, and inlined as is
 * by the SVG export).
 */
const ready = new Map<string, string>();
let loading: Promise<void> | null = null;

export function preloadTypeIcons(): Promise<void> {
  loading ??= Promise.all(
    [...ENTITY_TYPES.map((t) => t.type), 'unknown'].map(async (type) => {
      const style = entityStyle(type);
      try {
        const text = await svgText(style.iconUrl);
        const sized = text
          .replace(/<svg\b/, '<svg width="48" height="48"')
          .replace(/stroke="#000(000)?"/g, `stroke="${style.color}"`);
        ready.set(type, `data:image/svg+xml;base64,${toBase64(sized)}`);
      } catch {
        // Without its icon a node still shows its colour and label.
      }
    }),
  ).then(() => undefined);
  return loading;
}

export function typeIcon(type: string): string {
  return ready.get(type) ?? ready.get('unknown') ?? '';
}

/** Small icons are inlined by the bundler as data: URLs, which the CSP's connect-src refuses to fetch: decode those here. */
export async function svgText(url: string): Promise<string> {
  const m = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(url);
  if (m)
    return m[1]
      ? new TextDecoder().decode(Uint8Array.from(atob(m[2]!), (c) => c.charCodeAt(0)))
      : decodeURIComponent(m[2]!);
  return (await fetch(url)).text();
}

export function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
