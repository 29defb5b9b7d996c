import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const named = (text: string) => namedEntities(text);

describe('a club named after its city, in a text about sport', () => {
  it('is an organisation where the text treats it as a team, in every mention', () => {
    const out = named(
      'Porto scored twice after halftime. The striker said the league was far from over. ' +
        'Lisbon fans were quiet after the defeat to Porto, and Braga coach Artur Jorge said Braga deserved more.',
    );
    expect(out).toEqual(expect.arrayContaining(['organization:Porto', 'organization:Braga']));
    expect(out).not.toContain('location:Porto');
  });

  it('is a team where it faces a side, wins over one, or moves in the table', () => {
    const out = named(
      'Arsenal moved back to the top of the league with a 2-0 win over Brentford, Saka scoring twice. ' +
        'Liverpool dropped to second after a draw, and Manchester City, without the injured Rodri, face Newcastle on Sunday.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'organization:Brentford',
        'organization:Liverpool',
        'organization:Manchester City',
        'organization:Newcastle',
      ]),
    );
  });

  it('stays a place outside sport, and a country stays a place in it', () => {
    expect(named('Protesters marched against Porto city hall on Monday.')).toContain('location:Porto');
    expect(named('Portugal scored a late penalty to beat Spain in the league of nations final.')).toEqual(
      expect.arrayContaining(['location:Portugal', 'location:Spain']),
    );
  });
});

describe('a club named with its letters', () => {
  it('is one organisation, whatever its other word is', () => {
    expect(named('Her former club AS Monaco will receive a share of the fee.')).toEqual(['organization:AS Monaco']);
    expect(named('He joined FC Barcelona in 2004 and left Leeds United FC later.')).toEqual([
      'organization:FC Barcelona',
      'organization:Leeds United FC',
    ]);
    expect(named('AC Milan beat SS Lazio on Sunday. The striker scored two goals.')).toEqual([
      'organization:AC Milan',
      'organization:SS Lazio',
    ]);
  });

  it("leaves a person's initials to the person outside sport", () => {
    expect(named('The novelist AS Byatt won a prize.')).not.toContain('organization:AS Byatt');
  });
});
