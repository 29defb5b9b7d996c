/** What every exported or printed chart carries: case title, date and TLP marking. */
export interface ExportFooter {
  title: string;
  tlp: string;
  /** ISO date-time of the export. */
  date: string;
  chartName: string;
  /** A classification marking beside the TLP (e.g. "OFFICIAL-SENSITIVE"), when the case has one. */
  classification?: string;
}

/** The marking's colour as FIRST publishes it, for the footer badge. */
export function tlpColour(tlp: string): string {
  if (tlp.startsWith('TLP:RED')) return '#FF2B2B';
  if (tlp.startsWith('TLP:AMBER')) return '#FFC000';
  if (tlp.startsWith('TLP:GREEN')) return '#33FF00';
  return '#FFFFFF';
}
