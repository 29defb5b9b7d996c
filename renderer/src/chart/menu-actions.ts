/** The right-click menu's actions: typed, with the words shown for each. */
export type MenuAction = 'expand' | 'highlight' | 'path-from' | 'pin' | 'unpin' | 'hide' | 'remove';

export const MENU_LABELS: Record<MenuAction, string> = {
  expand: 'Expand neighbours',
  highlight: 'Highlight neighbours',
  'path-from': 'Find path to…',
  pin: 'Pin',
  unpin: 'Unpin',
  hide: 'Hide',
  remove: 'Remove from chart',
};

/** The menu for a node: Pin or Unpin, whichever applies. */
export function menuFor(locked: boolean): MenuAction[] {
  return (Object.keys(MENU_LABELS) as MenuAction[]).filter((a) => a !== (locked ? 'pin' : 'unpin'));
}
