/** The right-click menu's actions: typed, with the words shown for each. */
export type MenuAction = 'open-reader' | 'expand' | 'highlight' | 'path-from' | 'pin' | 'unpin' | 'hide' | 'remove';

export const MENU_LABELS: Record<MenuAction, string> = {
  'open-reader': 'Open in reader',
  expand: 'Expand neighbours',
  highlight: 'Highlight neighbours',
  'path-from': 'Find path to…',
  pin: 'Pin',
  unpin: 'Unpin',
  hide: 'Hide',
  remove: 'Remove from chart',
};

/** The menu for a node: Pin or Unpin, whichever applies; Open in reader for entities. */
export function menuFor(locked: boolean, entity = false): MenuAction[] {
  return (Object.keys(MENU_LABELS) as MenuAction[]).filter(
    (a) => a !== (locked ? 'pin' : 'unpin') && (entity || a !== 'open-reader'),
  );
}
