import { describe, expect, it } from 'vitest';
import { joinPdfLines } from '../../../../main/core/ingest/formats/pdf-lines.js';

describe('PDF line joining', () => {
  it('keeps a name broken across lines whole and rejoins hyphenated words', () => {
    expect(
      joinPdfLines([
        'Workers of the China Road and',
        'Bridge Corporation left the site after the',
        'attack on the organi-',
        'sation.',
      ]),
    ).toBe('Workers of the China Road and Bridge Corporation left the site after the attack on the organisation.');
  });

  it('keeps the break after a sentence, before a list item and after a short heading', () => {
    expect(joinPdfLines(['Summary', 'The post was closed.', '- Two guards were hurt', '- One was missing'])).toBe(
      'Summary\nThe post was closed.\n- Two guards were hurt\n- One was missing',
    );
  });

  it('keeps the hyphen of a hyphenated name broken across lines', () => {
    expect(joinPdfLines(['the Gorno-', 'Badakhshan region'])).toBe('the Gorno-Badakhshan region');
  });
});
