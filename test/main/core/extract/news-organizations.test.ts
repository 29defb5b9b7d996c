import { describe, expect, it } from 'vitest';
import { compiledGazetteerClass, gazetteerClass, gazetteerWordFlags } from '../../../../main/core/extract/gazetteer.js';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('organisations that recur in the news', () => {
  it('are the big steelmakers', () => {
    expect(namedEntities('Cleveland-Cliffs, which had made a rival bid, said it was disappointed.')).toEqual([
      'organization:Cleveland-Cliffs',
    ]);
  });

  it('are the proxy advisers', () => {
    expect(
      namedEntities(
        'Proxy advisers Institutional Shareholder Services and Glass Lewis had urged investors to reject the plan.',
      ),
    ).toEqual(['organization:Institutional Shareholder Services', 'organization:Glass Lewis']);
  });

  it("are Japan's parties too, by their short names", () => {
    expect(
      namedEntities(
        'Its partnership with Komeito collapsed. The new partner, known as Ishin and based in Osaka, agreed.',
      ),
    ).toEqual(['organization:Komeito', 'organization:Ishin', 'location:Osaka']);
  });

  it('are found with no cue around them, in full or by their short forms', () => {
    expect(namedEntities('Greenpeace said on Monday it would appeal. Unison called a ballot.')).toEqual([
      'organization:Greenpeace',
      'organization:Unison',
    ]);
    expect(namedEntities('ICE agents detained him, and the AfD welcomed it.')).toEqual([
      'organization:ICE',
      'organization:AfD',
    ]);
  });

  it('include utilities, parliaments and firms that wire copy names without a cue', () => {
    expect(namedEntities('Eskom said power was restored. Members of the Senedd voted against it.')).toEqual([
      'organization:Eskom',
      'organization:Senedd',
    ]);
  });

  it('win over a place of the same name, and a short form counts only as written', () => {
    expect(gazetteerClass('Morena')).toBe('organization');
    expect(gazetteerClass('AfD')).toBe('organization');
    expect(gazetteerClass('Afd')).toBeNull();
    expect(gazetteerClass('Ice')).toBeNull();
  });

  it('are the rules’ knowledge only: the tagger sees the compiled gazetteer it was trained on', () => {
    expect(compiledGazetteerClass('Greenpeace')).toBeNull();
    expect(compiledGazetteerClass('Morena')).toBe('location');
    expect(gazetteerWordFlags('Greenpeace')).toBe(0);
    // The compiled list still answers for both.
    expect(gazetteerClass('Europol')).toBe('organization');
    expect(compiledGazetteerClass('Europol')).toBe('organization');
  });
});

describe('a known organisation and a country in one name', () => {
  it('is the organisation’s branch there, one organisation', () => {
    expect(namedEntities('Officials said NHS England would publish the figures. England lost.')).toEqual([
      'organization:NHS England',
      'location:England',
    ]);
  });
});

describe('a known body opening a sentence', () => {
  it('is whole, though its first word is an everyday word before "of"', () => {
    expect(namedEntities('Friends of the Earth said so. Friends of the Earth Netherlands agreed.')).toEqual([
      'organization:Friends of the Earth',
      'organization:Friends of the Earth Netherlands',
    ]);
  });
});

describe('a listed organisation whose name a run of capitals would split', () => {
  it('is one organisation as written, opening a sentence or inside one', () => {
    expect(
      namedEntities('The Department for Environment, Food and Rural Affairs said the ban would start in May.'),
    ).toEqual(['organization:Department for Environment, Food and Rural Affairs']);
    expect(namedEntities('Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives traced the gun.')).toEqual([
      'organization:Bureau of Alcohol, Tobacco, Firearms and Explosives',
    ]);
  });

  it('is one organisation across a lower-case word that joins no other name', () => {
    expect(namedEntities('Troops of the African Union Mission in Somalia left Baidoa in 2022.')).toEqual([
      'organization:African Union Mission in Somalia',
      'location:Baidoa',
    ]);
  });

  it('is not made of a list that only begins like it', () => {
    expect(namedEntities('The Department for Environment, Labour and the unions met in Leeds.')).not.toContain(
      'organization:Department for Environment, Food and Rural Affairs',
    );
  });
});

describe('organisations in news (round sixty-one)', () => {
  it('the oilfield service companies, named as a person might be', () => {
    expect(namedEntities('Halliburton competes with SLB and Baker Hughes for contracts.')).toEqual([
      'organization:Halliburton',
      'organization:SLB',
      'organization:Baker Hughes',
    ]);
  });
});

describe('organisations in news (round sixty-five)', () => {
  it('the card lenders named by everyday words, and the Fed after "the" only', () => {
    expect(namedEntities('Capital One Financial bought Discover Financial Services.')).toEqual([
      'organization:Capital One Financial',
      'organization:Discover Financial Services',
    ]);
    expect(namedEntities('The lender was fined by the Fed in April.')).toEqual(['organization:Fed']);
    expect(namedEntities('Fed up with delays, workers struck.')).toEqual([]);
  });
});

describe('organisations in news (round sixty-eight)', () => {
  it("a body the lists know, with its legal suffix, opening a sentence; Couche-Tard's long name", () => {
    expect(namedEntities('Seven & i Holdings Co., which runs the convenience chain, said so.')).toEqual([
      'organization:Seven & i Holdings Co',
    ]);
    expect(namedEntities('It rejected a proposal from Alimentation Couche-Tard on Friday.')).toEqual([
      'organization:Alimentation Couche-Tard',
    ]);
  });
});
