import { ENTITY_TYPES, entityStyle } from '../src/entity-types.js';

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
        const text = await (await fetch(style.iconUrl)).text();
        const sized = text
          .replace(/<svg\b/, '<svg width="48" height="48"')
          .replace(/stroke="#000(000)?"/g, `stroke="${style.color}"`);
        ready.set(type, `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(sized)))}`);
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
