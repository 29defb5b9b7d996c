import { describe, expect, test } from 'vitest';
import { isQuantity } from '../../../lib/graph/quantity.js';

describe('isQuantity', () => {
  test('quantity types and bare numbers are quantities', () => {
    expect(isQuantity({ type: 'quantity', label: 'three drones' })).toBe(true);
    expect(isQuantity({ type: 'number', label: 'x' })).toBe(true);
    for (const label of ['5', '3', '8', '1,200', '2.5', '40%', ' 12 '])
      expect(isQuantity({ type: 'organization', label }), label).toBe(true);
  });
  test('names, phone numbers and identifiers are not', () => {
    for (const label of ['Emomali Rahmon', 'G7', '+992372210000', '992372210000', '10 Downing Street'])
      expect(isQuantity({ type: 'person', label }), label).toBe(false);
    expect(isQuantity({ type: 'phone', label: '992372210000' })).toBe(false);
  });
});
