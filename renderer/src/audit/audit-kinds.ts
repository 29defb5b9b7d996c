/** How each audit kind reads in the view; unknown kinds (a new operation) show their own name. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  merge: 'Merge',
  rename: 'Rename',
  'entity-status': 'Entity review',
  'mention-status': 'Mention review',
  'add-entity': 'New entity',
  'add-mention': 'New mention',
  'create-link': 'New link',
  'chart-edit': 'Chart',
  undo: 'Undo',
  redo: 'Redo',
  import: 'Import',
  case: 'Case',
  record: 'Single records',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
