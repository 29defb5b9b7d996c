// The bench page is bundled with esbuild, which has no `import.meta.glob`: this stands in for
// renderer/src/entity-types.ts with the same colours and no icon files.
export interface EntityTypeStyle {
  type: string;
  label: string;
  color: string;
  iconUrl: string;
}
const COLOURS: Record<string, string> = {
  person: '#0072B2',
  organization: '#D55E00',
  location: '#009E73',
  event: '#CC79A7',
};
export const ENTITY_TYPES: readonly EntityTypeStyle[] = Object.entries(COLOURS).map(([type, color]) => ({
  type,
  label: type,
  color,
  iconUrl: '',
}));
export function entityStyle(type: string): EntityTypeStyle {
  return { type, label: type, color: COLOURS[type] ?? '#6B7280', iconUrl: '' };
}
