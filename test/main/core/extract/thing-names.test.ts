import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { thingNames } from '../../../../main/core/extract/thing-names.js';
import { namedEntities, typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests. Ships and malware are named with words that are places,
// surnames or firms' words elsewhere.
const names = (text: string) => extract(text, { date: '2026-03-03' }).entities.map((e) => e.text);

describe('malware listed after its kind', () => {
  it('is no entity, in any mention', () => {
    const found = names(
      'The raids targeted loaders including Bumblebee, Qakbot, DanaBot and Smokeloader. Gallyamov led the group behind Qakbot.',
    );
    expect(found).toEqual(['Gallyamov']);
  });
});

describe('a storm named with its kind', () => {
  it('is no entity, though the tagger took the kind and the name for a person', () => {
    expect(names('Floods caused by Storm Boris swept through towns in Poland on Monday.')).toEqual(['Poland']);
  });
});

describe('a mission named in apposition', () => {
  it('is no entity, but a known name there stays', () => {
    expect(names("Rutte announced a new mission, Eastern Sentry, to strengthen the alliance's eastern flank.")).toEqual(
      ['Rutte'],
    );
  });
});

describe("a virus's strain named after a place", () => {
  it('is no place in that mention, and the place stays one elsewhere', () => {
    const found = names(
      'Tests confirmed the Zaire strain of the virus. The Sudan strain has no vaccine, and Sudan is at war.',
    );
    expect(found).toEqual(['Sudan']);
  });
});

describe('names of diseases', () => {
  it('are no entities, in any mention', () => {
    const found = names(
      'Health officials declared an outbreak of Marburg virus in Tanzania. A vaccine against Marburg is ' +
        'being tested, and Lassa fever spread in Nigeria.',
    );
    expect(found).toEqual(expect.arrayContaining(['Tanzania', 'Nigeria']));
    for (const name of ['Marburg', 'Lassa']) expect(found).not.toContain(name);
  });
});

describe('names of storms', () => {
  it('are no entities, in any mention', () => {
    const found = names(
      'Hurricane Milton tore across Florida. Milton then moved out to sea, and Typhoon Yagi hit Hanoi.',
    );
    expect(found).toEqual(['Florida', 'Hanoi']);
  });
});

describe('names of ships and malware', () => {
  it("are no entities after a navy's prefix or a code name, whatever their words", () => {
    const found = names(
      'Boats carried food to the BRP Sierra Madre, grounded near Palawan, while the USS Carney sailed ' +
        'towards Aden. The raid, code-named Cronos, was run from London.',
    );
    expect(found).toEqual(expect.arrayContaining(['Palawan', 'Aden', 'London']));
    for (const name of ['Sierra Madre', 'BRP Sierra Madre', 'Carney', 'USS Carney', 'Cronos'])
      expect(found).not.toContain(name);
  });

  it('are no entities by their flag or as bulk carriers, in any mention; the flag is a place', () => {
    const found = names(
      'The Cook Islands-flagged Harbor Star left Tallinn, and the anchor of the Harbor Star was found near ' +
        'Porkkala. The bulk carrier Grand Venture 8 sailed for Gdansk.',
    );
    expect(found).toEqual(expect.arrayContaining(['Cook Islands', 'Tallinn', 'Porkkala', 'Gdansk']));
    for (const name of ['Harbor Star', 'Cook Islands-flagged Harbor Star', 'Grand Venture', 'Grand Venture 8'])
      expect(found).not.toContain(name);
  });

  it('are no entities, whatever their words', () => {
    const found = names(
      'The tanker Pacific Opal sailed from the frigate HMS Richmond towards Hodeidah. ' +
        'The hackers used a backdoor called Voldemort and the ShadowPad backdoor against firms in Madrid.',
    );
    expect(found).toEqual(expect.arrayContaining(['Hodeidah', 'Madrid']));
    for (const name of ['Pacific Opal', 'Pacific', 'Richmond', 'HMS Richmond', 'Voldemort', 'ShadowPad'])
      expect(found).not.toContain(name);
  });

  it('nor is a ship named between commas after its kind, numbers and all', () => {
    const found = names('The vessel, Hong Tai 58, was boarded near Penghu.');
    expect(found).toContain('Penghu');
    expect(found.some((n) => n.startsWith('Hong Tai'))).toBe(false);
  });

  it('nor is a crude oil benchmark, though a possessive before "crude" is its owner', () => {
    const found = names("Brent crude fell. Hitzig's crude experiments in Berlin failed.");
    expect(found).not.toContain('Brent');
    expect(found).toContain('Hitzig');
  });

  it('nor are the systems a firm is the maker of, in any mention', () => {
    expect(
      names(
        'Corvane, the maker of the Fedora and Corvane Enterprise Linux systems, warned users. Fedora users must update.',
      ),
    ).toEqual(['Corvane']);
  });

  it('nor are products a company lists by name, though the company is a body', () => {
    expect(namedEntities("The hackers used a flaw in Tarvel's Harmony, VLTrader and LexiCom products.")).toEqual([
      'organization:Tarvel',
    ]);
  });

  it('leave a system named by its maker, where the maker opens a longer name in the text', () => {
    expect(
      names(
        'Hackers hit Tarvel file-transfer software. Tarvel Communications issued a patch. Tarvel shares fell on Monday.',
      ),
    ).toContain('Tarvel');
  });

  it('include a mission named before its kind, and the Dow Jones Industrial Average', () => {
    expect(names('He climbed out of the capsule during the Polaris Dawn mission.')).toEqual([]);
    expect(names('Kenya leads the MINUSMA mission.')).toEqual(['Kenya', 'MINUSMA']);
    expect(names('Nvidia replaced it in the Dow Jones Industrial Average in November.')).toEqual(['Nvidia']);
  });

  it('nor is a chatbot, though its maker is', () => {
    expect(names('Corvane, the maker of the Claude chatbot, raised money.')).toEqual(['Corvane']);
  });

  it('but a capitalised kind is part of a name, and ransomware names its gang', () => {
    const t = typedEntities('The National Iranian Tanker Company denied it. LockBit ransomware hit Boeing.', {});
    expect(t).toMatchObject({ 'National Iranian Tanker Company': 'organization', LockBit: 'organization' });
  });

  it('include weapons named before their kind, but not their makers', () => {
    expect(names('Brazil bought 12 more Gripen fighter jets from Saab. Boeing aircraft were grounded.')).toEqual([
      'Brazil',
      'Saab',
      'Boeing',
    ]);
    expect(names('Russia fired Kalibr missiles at Odesa.')).toEqual(['Russia', 'Odesa']);
  });

  it('include craft in a fleet named by their model in the plural, but not their makers', () => {
    expect(
      names(
        'Regulators ordered checks on the carrier’s fleet of Skyliners. Tova Air flies a fleet of 40 Airbus A320s.',
      ),
    ).toEqual(['Tova Air', 'Airbus']);
  });

  it('include malware named and then said to be malware, in every mention, but not a gang that runs it', () => {
    expect(
      names(
        'Police took down the servers of Varro Stealer, malware that criminals used to steal passwords. Varro was popular. Kelvane, a ransomware gang, struck.',
      ),
    ).toEqual(['Kelvane']);
  });

  it('include a browser named before its kind, though its maker is a body', () => {
    expect(names('Verona, the maker of the Firefox browser, said the ruling helped.')).toEqual(['Verona']);
  });

  it("include a company's brands listed, in every mention, but not a known maker", () => {
    expect(
      names('Its brands include Vortane, Keblo and Marrix. Vortane sales fell. Volkswagen brands such as Audi grew.'),
    ).toEqual(['Volkswagen', 'Audi']);
    // Brands owned by no one named are firms.
    expect(names('Retail brands such as Zarvo and Kelmin gained.')).toEqual(['Zarvo', 'Kelmin']);
  });

  it('include a prize before its laureates and an index named with its kind', () => {
    expect(names('The panel was led by Velmar laureate Ana Rusk. The Tarvex Composite closed lower in Oslo.')).toEqual([
      'Ana Rusk',
      'Oslo',
    ]);
  });

  it('are never read across a line break: a headline ending in a kind names nothing below it', () => {
    const text = 'Fake invoices spread a new loader\n\nCorvane said on Friday that the loader spread.';
    expect(thingNames(text)).toEqual([]);
    expect(names(text)).toContain('Corvane');
  });

  it('span only the name: not the words before the kind, nor a lower-case word after it', () => {
    const text = 'Researchers found the ShadowPad backdoor. The ship sailed to Odesa.';
    expect(thingNames(text).map((r) => text.slice(r.start, r.end))).toEqual(['ShadowPad']);
  });
});

describe('names of cables and pipelines', () => {
  it('are no entities, in any mention; a sea or a place before the kind stays', () => {
    const found = names(
      'The Kestlink 2 cable failed on Wednesday, and the navy will guard Kestlink 1. Flows through the Ordava ' +
        'gas pipeline to Hungary stopped. A Baltic power cable and the Finland-Estonia cable were cut; ships ' +
        'now patrol the Baltic.',
    );
    expect(found).toEqual(expect.arrayContaining(['Hungary', 'Baltic', 'Finland', 'Estonia']));
    for (const name of ['Kestlink', 'Ordava']) expect(found).not.toContain(name);
  });
});

describe('names of market indexes', () => {
  it('are no entities', () => {
    const found = names('The won rose 1.2% and the KOSDEX index ended lower in Seoul.');
    expect(found).toContain('Seoul');
    expect(found).not.toContain('KOSDEX');
  });
});

describe('names of products and laws', () => {
  it('a product after its maker is no entity, in any mention', () => {
    const found = names('Halvard, the maker of Zelvora and Ostrin, said Zelvora sales fell in Oslo.');
    expect(found).toEqual(expect.arrayContaining(['Halvard', 'Oslo']));
    for (const name of ['Zelvora', 'Ostrin']) expect(found).not.toContain(name);
  });

  it('an index or a wildfire named with its kind is no entity; a body the lists know stays', () => {
    const found = names(
      'The Marlow Fire spread into Dunmore while the Kestrel Fire burned, Cal Fire said. He topped the ' +
        'Halvorsen Wealth Index.',
    );
    expect(found).toEqual(expect.arrayContaining(['Dunmore', 'Cal Fire']));
    for (const name of ['Marlow Fire', 'Marlow', 'Kestrel Fire', 'Kestrel', 'Halvorsen Wealth Index', 'Halvorsen'])
      expect(found).not.toContain(name);
  });

  it('a treaty named with its kind is no entity', () => {
    const found = names('Trump withdrew the country from the Paris Agreement again, and Gavin Newsom went to Oslo.');
    expect(found).toEqual(expect.arrayContaining(['Trump', 'Gavin Newsom', 'Oslo']));
    for (const name of ['Paris', 'Paris Agreement']) expect(found).not.toContain(name);
  });

  it('a sporting event named with its kind is no entity', () => {
    const found = names('Eleven swimmers competed at the Paris Olympics and won the Halden Cup in Oslo.');
    expect(found).toContain('Oslo');
    for (const name of ['Paris Olympics', 'Paris', 'Halden Cup', 'Halden']) expect(found).not.toContain(name);
  });

  it('a law named with its kind is no entity', () => {
    const found = names(
      'He would not use the Taft-Hartley Act to end the strike in Ohio. The Harlow Protection Act took effect.',
    );
    expect(found).toContain('Ohio');
    for (const name of ['Taft', 'Hartley', 'Harlow']) expect(found).not.toContain(name);
    // With "and" between its words.
    expect(names('Intel was converting grants it was due under the CHIPS and Science Act into shares.')).toEqual([
      'Intel',
    ]);
  });
});

describe('names of systems and software', () => {
  it('are no entities in any mention, with what they do between', () => {
    const found = names('Managers knew that its Horizon accounting system could fail. Fujitsu built Horizon in Oslo.');
    expect(found).toEqual(expect.arrayContaining(['Fujitsu', 'Oslo']));
    expect(found).not.toContain('Horizon');
  });

  it('include the Games by their own name, alone as with their place', () => {
    expect(names('Arson attacks hit rail lines hours before Olympics open')).toEqual([]);
    expect(names('The Olympics opened in Paris.')).toEqual(['Paris']);
  });

  it('leave the place a compound adjective names before the kind', () => {
    expect(names('Ivanti, a Utah-based software company, said it had released patches.')).toEqual(['Ivanti', 'Utah']);
  });

  it('are no entities; a known body before the word stays', () => {
    const found = names(
      'Collins said its HALVEN system had been hit. The NHS system is strained, and Norvik software failed.',
    );
    expect(found).toEqual(expect.arrayContaining(['Collins', 'NHS']));
    for (const name of ['HALVEN', 'Norvik']) expect(found).not.toContain(name);
  });
});

describe('names of spacecraft', () => {
  it('are no entities in any mention, their maker named before them', () => {
    const found = names(
      "Problems with Boeing's Kestrel capsule kept the crew in orbit. Kestrel's next flight is due in May.",
    );
    expect(found).toContain('Boeing');
    expect(found).not.toContain('Kestrel');
  });
});

describe('a ship named after the verb that sank it', () => {
  it('is no entity; a name the lists know stays', () => {
    const found = names(
      'The Houthis, who are backed by Iran, sank the Rubymar in March. Tariff fears sank the Nasdaq.',
    );
    expect(found).toEqual(expect.arrayContaining(['Houthis', 'Iran', 'Nasdaq']));
    expect(found).not.toContain('Rubymar');
  });
});

describe("a country's regime counted by its order", () => {
  it('is an era, no entity; a bank named so stays a body', () => {
    expect(namedEntities("His government is the shortest-lived of France's Fifth Republic.")).toEqual([
      'location:France',
    ]);
    expect(namedEntities('The Third Reich fell in 1945.')).toEqual([]);
    expect(namedEntities('Depositors fled the First Republic Bank in March.')).toEqual([
      'organization:First Republic Bank',
    ]);
  });
});

describe('products named after their maker', () => {
  it('with an ampersand and a possessive in the name (news round sixty-four)', () => {
    expect(names("Mars, the maker of M&M's and Snickers, agreed to buy a rival.")).toEqual(['Mars']);
  });

  it('each with its kind after it (news round seventy)', () => {
    expect(
      names('Nestle, the maker of KitKat chocolate bars and Maggi noodles, cut prices. Maggi sales rose.'),
    ).toEqual(['Nestle']);
    // The words after a lone product are left out of its name, and a known body stays.
    expect(names('Rivals of the maker of Wegovy said on Monday that Google was hiring.')).toEqual(['Google']);
  });
});

describe('a disease named after a person or a place (news round seventy-eight)', () => {
  it('is no entity, with its possessive too', () => {
    expect(
      names("It is testing treatments for Duchenne muscular dystrophy. Patients with Parkinson's disease took part."),
    ).toEqual([]);
  });
});
