import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window was last time, if that place is still on a screen. */
export function loadWindowState(userData: string, workAreas: Area[]): WindowBounds | null {
  let saved: Partial<WindowBounds>;
  try {
    saved = JSON.parse(readFileSync(fileOf(userData), 'utf8')) as Partial<WindowBounds>;
  } catch {
    return null;
  }
  const { x, y, width, height } = saved;
  if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const b = {
    x: x!,
    y: y!,
    width: Math.max(640, width!),
    height: Math.max(480, height!),
    maximized: saved.maximized === true,
  };
  // A monitor unplugged since: at least a 100×50 corner of the title bar must stay reachable.
  const visible = workAreas.some(
    (a) => b.x + 100 > a.x && b.x < a.x + a.width - 100 && b.y >= a.y - 10 && b.y < a.y + a.height - 50,
  );
  return visible ? b : null;
}

export function saveWindowState(userData: string, bounds: WindowBounds): void {
  mkdirSync(dirname(fileOf(userData)), { recursive: true });
  writeFileSync(fileOf(userData), JSON.stringify(bounds));
}

function fileOf(userData: string): string {
  return join(userData, 'window-state.json');
}
