import { describe, expect, it } from 'vitest';
import { namedEntities, typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests: the titles of business news, whose words are not names.
const typed = (text: string) => typedEntities(text);

describe('a title of several words before a name', () => {
  it('leaves the name alone, not the title words after the first', () => {
    const t = typed(
      'Norvale Chief Executive Tom Aske resigned. Chief Financial Officer Jane Brook stays. ' +
        'Senior Vice President Mark Leigh and Chief Operating Officer Ann Wynn left.',
    );
    expect(t).toMatchObject({
      'Tom Aske': 'person',
      'Jane Brook': 'person',
      'Mark Leigh': 'person',
      'Ann Wynn': 'person',
    });
    for (const word of ['Executive', 'Executive Tom Aske', 'Financial', 'Operating']) expect(t[word]).toBeUndefined();
  });

  it('of a government, "Chief Cabinet Secretary" included', () => {
    const t = typed('Japan’s Chief Cabinet Secretary Hiro Tanabe spoke; the Cabinet Office said no more.');
    expect(t).toMatchObject({ 'Hiro Tanabe': 'person', 'Cabinet Office': 'organization' });
    expect(t['Cabinet']).toBeUndefined();
  });

  it('opening a run before "of": the body after it is the name', () => {
    const t = typed('She was named Chief Technology Officer of Siemens Energy. A Pentagon Press Secretary spoke.');
    expect(t['Siemens Energy']).toBe('organization');
    expect(t['Chief Technology Officer of Siemens Energy']).toBeUndefined();
    expect(t['Pentagon']).toBe('organization');
    expect(t['Pentagon Press']).toBeUndefined();
  });
});

describe("a country's adjective and a post's field before a title", () => {
  it('are the title, no body', () => {
    const t = typed(
      'Philippine Defence Secretary Gilberto Teodoro said Manila would not be provoked. ' +
        'British Defence Secretary John Healey said so.',
    );
    expect(t).toEqual({ 'Gilberto Teodoro': 'person', Manila: 'location', 'John Healey': 'person' });
  });

  it("and so is a portfolio's name before a commissioner's title", () => {
    const t = typed('The law that Internal Market Commissioner Thierry Breton has said will open up their platforms.');
    expect(t).toEqual({ 'Thierry Breton': 'person' });
  });
});

describe('a title in lower case before a name', () => {
  it('makes a person of it, though the gazetteer knows a place by one of its words', () => {
    const t = typed('Kaduna state governor Uba Sani visited the town on Friday.');
    expect(t).toEqual({ Kaduna: 'location', 'Uba Sani': 'person' });
  });

  it('"Barrister" before a name is a title, as Pakistani papers use it', () => {
    expect(typed('PTI chairman Barrister Gohar Ali Khan told reporters outside the jail.')).toMatchObject({
      'Gohar Ali Khan': 'person',
    });
  });

  it('"chief executive" is such a title, though "executive" alone is none', () => {
    expect(typed('Chief executive Christian Sewing has said the bank is close to a deal.')).toEqual({
      'Christian Sewing': 'person',
    });
    expect(typed('He is an executive Christian Sewing said.')['Christian Sewing']).toBeUndefined();
  });

  it('and a name joined by a transliterated particle after a title is a person', () => {
    const t = typed('The army chief, General Waker-uz-Zaman, spoke on television.');
    expect(t).toEqual({ 'Waker-uz-Zaman': 'person' });
  });
});

describe('a given name written with a hyphen', () => {
  it('is part of the person, after a title that is also a place', () => {
    const t = typed('President Lai Ching-te said the government would act. Kyiv-led forces held.');
    expect(t).toMatchObject({ 'Lai Ching-te': 'person' });
    expect(t['Lai']).toBeUndefined();
  });
});

describe('a place before a title', () => {
  it('gives the title words it swallowed back to the title', () => {
    expect(namedEntities('Dauphin County District Attorney Fran Chardo said more charges could follow.')).toEqual([
      'location:Dauphin County',
      'person:Fran Chardo',
    ]);
  });
});

describe("a chamber's leader and a body's standing", () => {
  it('leave "Majority" and "Minority" with the title, not the chamber', () => {
    expect(namedEntities('Senate Majority Leader Ana Ruiz said the vote would be held on Friday.')).toEqual([
      'organization:Senate',
      'person:Ana Ruiz',
    ]);
  });

  it('leave a sentence-opening "Rivals" out of the name after it', () => {
    expect(namedEntities('Rivals Orvane Automobile Holdings and Kestrel Motors also sold more.')).toContain(
      'organization:Orvane Automobile Holdings',
    );
  });
});

describe("a field report's abbreviations", () => {
  it('name no one', () => {
    expect(namedEntities('The army reported 7 KIA and 12 WIA near Baidoa after an ISR flight.')).toEqual([
      'location:Baidoa',
    ]);
  });
});

describe("a sovereign's title and a seat of government", () => {
  it('leave the name alone; the seat speaks for the government', () => {
    expect(
      namedEntities('A crown that belonged to Empress Eugénie was found. Tsar Nicholas II ruled. The Elysée said.'),
    ).toEqual(['person:Eugénie', 'person:Nicholas II', 'organization:Elysée']);
  });
});

describe('a word for when someone held a post, opening a sentence', () => {
  it('is no body', () => {
    expect(
      namedEntities('Former chief executive Paula Vennells, who ran the company until 2019, said she was sorry.'),
    ).toEqual(['person:Paula Vennells']);
  });
});

describe('a titled name followed by "of" and a known place', () => {
  it('is the person, from that place', () => {
    expect(namedEntities('Archbishop Blase Kesting of Chicago said the parish would help.')).toEqual([
      'person:Blase Kesting',
      'location:Chicago',
    ]);
  });
});

describe('one letter after a title', () => {
  it('is no one\'s name ("Gen Z")', () => {
    expect(
      namedEntities(
        'The protests were organised largely by young people who call themselves Gen Z, and began last week.',
      ),
    ).toEqual([]);
  });
});

describe('a founder named like a person', () => {
  it('is a person, whatever the clause after it', () => {
    expect(
      namedEntities(
        'The party founded by Evo Morales, which once won elections with more than 60%, collapsed in the first round in August after a split between Morales and outgoing President Luis Arce.',
      ),
    ).toEqual(['person:Evo Morales', 'person:Morales', 'person:Luis Arce']);
  });
});

describe("a body's name ending in the title of the person named after it", () => {
  it('ends before the title', () => {
    expect(
      namedEntities(
        'The Alliance of Small Island States welcomed it, and U.N. Secretary-General Antonio Guterres called it a victory for our planet.',
      ),
    ).toEqual(['organization:Alliance of Small Island States', 'organization:U.N.', 'person:Antonio Guterres']);
  });
});

describe('an honorific written without its full stop', () => {
  it('may open a company\'s name ("Hon Hai"), and the name it is known as is the company too', () => {
    expect(
      namedEntities(
        "Taiwan's Hon Hai Precision Industry, known as Foxconn, has said it is interested in buying a stake.",
      ),
    ).toEqual(['location:Taiwan', 'organization:Hon Hai Precision Industry', 'organization:Foxconn']);
    // "Industry" is a body's head, and a minister's field before the title.
    expect(namedEntities('Swedish Industry Minister Ebba Busch said the state would not take a stake.')).toEqual([
      'person:Ebba Busch',
    ]);
  });
});

describe("a party's adjective before a member's name", () => {
  it('is not part of the name', () => {
    expect(
      namedEntities('Poilievre lost the seat of Carleton, which he had held for two decades, to Liberal Bruce Fanjoy.'),
    ).toEqual(['location:Carleton', 'person:Bruce Fanjoy']);
  });
});

describe('a title, a name, then "of" and a body', () => {
  it('is the person and the body they serve, not one body', () => {
    expect(
      namedEntities('The firm was suspended in January, when Judge Linda Chan of the High Court ordered it wound up.'),
    ).toEqual(['person:Linda Chan', 'organization:High Court']);
  });
});
