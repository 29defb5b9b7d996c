import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Full screen for one element (F11 or the toolbar button); Esc or F11 again leaves it. */
export function useFullScreen(target: RefObject<HTMLElement | null>): [boolean, () => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const changed = () => setOn(document.fullscreenElement === target.current && !!target.current);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, [target]);
  const toggle = useCallback(() => {
    const el = target.current;
    if (!el) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    // Refused (no user gesture, or not allowed here): the chart stays where it is.
    else void el.requestFullscreen().catch(() => {});
  }, [target]);
  return [on, toggle];
}
