/**
 * Quantities ("5", "3,000", entity type quantity/number) belong to the events they count, not
 * on the chart or the timeline as nodes and lanes. The extractor stops making them entities;
 * cases built before that still hold some, so both sides filter them out.
 */
export const QUANTITY_TYPES: ReadonlySet<string> = new Set(['quantity', 'number', 'cardinal', 'ordinal', 'percent']);

/** Only a number: digits with separators, perhaps a percent sign. */
const NUMERIC_LABEL = /^\s*\d[\d\s.,'’]*%?\s*$/u;

/**
 * True for a quantity. A bare number of up to 6 digits counts; longer digit strings are
 * identifiers (phone numbers, account numbers) and stay.
 */
export function isQuantity(node: { type: string; label: string }): boolean {
  if (QUANTITY_TYPES.has(node.type.toLowerCase())) return true;
  return NUMERIC_LABEL.test(node.label) && node.label.replace(/\D/g, '').length <= 6;
}
