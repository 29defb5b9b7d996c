import { describe, expect, it } from 'vitest';
import { partyNameType } from '../../../../main/core/extract/party-name.js';

describe('e-mail display names', () => {
  it('makes a desk or unit an organisation and a name a person', () => {
    expect(partyNameType('Field Office Osh')).toBe('organization');
    expect(partyNameType('South Asia Cell')).toBe('organization');
    expect(partyNameType('Press Service, Ministry of Defence')).toBe('organization');
    expect(partyNameType('Zarina Nurova')).toBe('person');
    expect(partyNameType('Bob Field')).toBe('person');
    expect(partyNameType('Margaret Court')).toBe('person');
  });
});
