import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { namedEntities, typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests (business and cyber news, where firms are named by one
// unfamiliar word), run with the shipped tagger.
const typed = (text: string) => typedEntities(text);

describe('names an organisation by the words before it', () => {
  it('people who work there, accounts and shares held there', () => {
    const t = typed(
      'Analysts at Corvane Labs traced the malware. Investigators from Brightwell were called in on Monday. ' +
        'The money went through accounts at Harlow Mutual and Kestrane. Shares in Ostrava Freight fell 4%.',
    );
    expect(t).toMatchObject({
      'Corvane Labs': 'organization',
      Brightwell: 'organization',
      'Harlow Mutual': 'organization',
      Kestrane: 'organization',
      'Ostrava Freight': 'organization',
    });
  });

  it('a group naming itself', () => {
    expect(typed('A group calling itself Grey Wolfpack claimed the intrusion.')).toMatchObject({
      'Grey Wolfpack': 'organization',
    });
  });

  it('a party by its place in politics, but not a person standing there', () => {
    const t = typed(
      'The motion, tabled by the hard-left Portugal Forward and backed by the far-right Civic Shield, passed. ' +
        'The ruling Velvet Dawn lost two seats. Voters backed the far-right Geert Wilders and the centrist Emmanuel Macron. ' +
        'The court issued the ruling In re Tarvel, which stood.',
    );
    expect(t).toMatchObject({
      'Portugal Forward': 'organization',
      'Civic Shield': 'organization',
      'Velvet Dawn': 'organization',
      'Geert Wilders': 'person',
      'Emmanuel Macron': 'person',
    });
    expect(t.In).toBeUndefined();
  });

  it('leaves known places alone', () => {
    const t = typed('Officers from Kandahar met analysts at Herat and researchers from Tajikistan.');
    expect(t).toMatchObject({ Kandahar: 'location', Herat: 'location', Tajikistan: 'location' });
  });
});

describe('names an organisation by an apposition after it', () => {
  it("with an owner's possessive or a newer head noun", () => {
    const t = typed(
      "Meridel, Ghana's second-largest mobile operator, cut the link. Tolvane, the research arm of a bank, " +
        'agreed. Orsk Tankers, the state fleet, said nothing.',
    );
    expect(t).toMatchObject({ Meridel: 'organization', Tolvane: 'organization', 'Orsk Tankers': 'organization' });
  });

  it('as a counterpart: a body after "its", a person after "his" or "her"', () => {
    expect(
      typed(
        'Varnholt said the line went down. Kelmere, its Estonian counterpart, said supply was safe. ' +
          'Ovenko, her Latvian counterpart, declined to comment.',
      ),
    ).toMatchObject({ Kelmere: 'organization', Ovenko: 'person' });
  });

  it('is a title that only a body\'s words follow ("Prince Group"), and the head word is no person', () => {
    expect(
      typed(
        "The Treasury Department's Office of Foreign Assets Control designated Prince Group and 146 people and " +
          'companies tied to it, while the Financial Crimes Enforcement Network moved to cut off Huione Group.',
      ),
    ).toMatchObject({ 'Prince Group': 'organization', 'Financial Crimes Enforcement Network': 'organization' });
    expect(typed('He made two Premier League appearances against Everton.')).toMatchObject({
      'Premier League': 'organization',
    });
  });

  it('is a body the lists know after "of" and a name of no head word, who is someone of it', () => {
    expect(
      typed('Takaichi won the vote, defeating Yoshihiko Noda of the Constitutional Democratic Party of Japan.'),
    ).toEqual({
      Takaichi: 'person',
      'Yoshihiko Noda': 'person',
      'Constitutional Democratic Party of Japan': 'organization',
    });
  });

  it('is what someone is director general or chairman of, but not one everyday word', () => {
    expect(
      typed(
        'Lieutenant General Ahmed Sharif Chaudhry, the director general of Inter-Services Public Relations, called the strikes an act of war.',
      ),
    ).toEqual({ 'Ahmed Sharif Chaudhry': 'person', 'Inter-Services Public Relations': 'organization' });
    expect(typed('She is head of Policy at the firm.')).toEqual({});
  });

  it('is one body whose remit two fields joined by "and" name', () => {
    expect(
      typed(
        'The Aviation and Railway Accident Investigation Board said it had recovered both flight recorders, and that experts from the U.S. National Transportation Safety Board and Boeing would join the investigation.',
      ),
    ).toMatchObject({ 'Aviation and Railway Accident Investigation Board': 'organization' });
  });

  it('is the whole institution the tagger ended at its "for"', () => {
    expect(
      typed(
        "Beijing criticised the deal, and China's State Administration for Market Regulation said it would review it.",
      ),
    ).toMatchObject({ 'State Administration for Market Regulation': 'organization' });
  });

  it('is named by a noun in apposition with what it does after it', () => {
    expect(
      typed('Adalah, a legal rights group representing the detainees, said many were held in the desert.'),
    ).toEqual({ Adalah: 'organization' });
    expect(typed('Joran Velt, a man working for the city, agreed.')).toEqual({ 'Joran Velt': 'person' });
  });

  it('is named by a noun in apposition with who made it after it, and listed among customers', () => {
    expect(typed('Durov was forced to sell VKontakte, the social network he had founded.')).toMatchObject({
      VKontakte: 'organization',
    });
    expect(typed("Boeing's customers, including Ryanair and Skyvarna, complained about delays.")).toMatchObject({
      Skyvarna: 'organization',
    });
  });

  it('is a patriarchate or a diocese named with "of" its see', () => {
    expect(
      typed('Meloni urged the activists to hand their cargo to the Latin Patriarchate of Jerusalem instead.'),
    ).toMatchObject({ 'Latin Patriarchate of Jerusalem': 'organization' });
  });

  it('is named by a noun in apposition with what it is used for after it', () => {
    expect(
      typed('The hackers gained access through Famly, a childcare software platform used by the nurseries.'),
    ).toEqual({ Famly: 'organization' });
  });

  it("is the body a party's member sits on, without the member", () => {
    expect(
      typed(
        'Senator Jack Reed, the top Democrat on the Senate Armed Services Committee, said the administration had not explained its legal basis.',
      ),
    ).toEqual({ 'Jack Reed': 'person', 'Senate Armed Services Committee': 'organization' });
  });

  it("but not a movement's adjective before a body's noun", () => {
    expect(typed('The Peronist alliance Fuerza Patria took about 31%.')).toEqual({ 'Fuerza Patria': 'organization' });
  });

  it("but a body's head word alone that opens a sentence before a post is no name", () => {
    expect(typed('Army chief Ashok Raj Sigdel held talks with the protesters.')).toEqual({
      'Ashok Raj Sigdel': 'person',
    });
  });

  it('not across the end of a sentence or a semicolon', () => {
    expect(typed('Ilse Marven spoke for the union; Tomas Reyd sent a deputy.')['Tomas Reyd']).toBe('person');
  });
});

describe('a name spelled with a capital inside one word', () => {
  it('is a company, typed or found', () => {
    const t = typed('Posts spread on TikTok and were tracked by VesselWatch. KazMunayGas signed the deal.');
    expect(t).toMatchObject({ TikTok: 'organization', VesselWatch: 'organization', KazMunayGas: 'organization' });
  });

  it('ending in a capital or two alone', () => {
    const t = typed("Starvane, the satellite provider controlled by Ilse Marven's OrbitX, said it would comply.");
    expect(t).toMatchObject({ Starvane: 'organization', OrbitX: 'organization', 'Ilse Marven': 'person' });
  });

  it('but not the name prefixes people carry, a hashtag or a web address', () => {
    const t = typed('Senator McCain met DeShawn Harris. Fans posted #HappyNewYear and visited ShopFinder.com.');
    expect(t['McCain']).toBe('person');
    expect(t['HappyNewYear']).toBeUndefined();
    expect(t['ShopFinder']).toBeUndefined();
  });
});

describe('a name the text treats as a body', () => {
  it('has a share price or a chief executive: a company, in every mention', () => {
    const t = extract("Traders said Tessaline had been hit. Tessaline's share price fell 2%.", {
      date: '2026-03-03',
    });
    expect(t.entities.filter((e) => e.text === 'Tessaline').map((e) => e.type)).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('is "the … union", "a … poll" or "the … group"', () => {
    const t = typed(
      'The Verdan union, which represents ground staff, called a strike. She leads in a Gallup Korea poll, ' +
        'and the Orlani group denied it. A Texas poll agreed. The Islamist group and a Sunni militia did not.',
    );
    expect(t).toMatchObject({
      Verdan: 'organization',
      'Gallup Korea': 'organization',
      Orlani: 'organization',
      Texas: 'location',
    });
    expect(t.Islamist).toBeUndefined();
    expect(t.Sunni).toBeUndefined();
  });

  it('is "the grain trader …", but a rogue trader with a first name is a man', () => {
    const t = typed(
      'Drones hit warehouses used by the agricultural trader Kernel overnight. The losses were hidden by rogue trader Nick Leeson.',
    );
    expect(t).toMatchObject({ Kernel: 'organization', 'Nick Leeson': 'person' });
  });

  it('ends in a trade only a company is named for, after an everyday word ("Duke Energy")', () => {
    const t = typed('Duke Energy and Florida Power & Light said crews from Ohio were on their way.');
    expect(t).toMatchObject({ 'Duke Energy': 'organization', 'Florida Power & Light': 'organization' });
  });

  it('is "the … gang" or "a studio owned by …", in every mention', () => {
    const t = typed(
      'The attack was the work of the Rhysida gang. Rhysida has also hit Insomniac Games, a studio owned by Sony.',
    );
    expect(t).toMatchObject({ Rhysida: 'organization', 'Insomniac Games': 'organization', Sony: 'organization' });
  });

  it('is a known place and a trade only a firm is named for ("United States Steel"), or a community of nations', () => {
    const t = typed(
      'Nippon Steel Corp kept pursuing its bid for United States Steel. Kenya chairs the East African Community.',
    );
    expect(t).toMatchObject({
      'United States Steel': 'organization',
      'East African Community': 'organization',
      Kenya: 'location',
    });
  });

  it('is named after two places joined by "and" ("England and Wales Cricket Board"), which alone stay two', () => {
    const t = typed('The England and Wales Cricket Board confirmed the squad on Monday. France and Germany signed.');
    expect(t).toMatchObject({
      'England and Wales Cricket Board': 'organization',
      France: 'location',
      Germany: 'location',
    });
  });

  it('is a church named by its faith, though its words are everyday words; not a church of one faith', () => {
    expect(
      typed('Envoys of the Roman Catholic Church met the mayor of Lviv on Monday. A Baptist church burned.'),
    ).toEqual({ 'Roman Catholic Church': 'organization', Lviv: 'location' });
  });

  it("is a company's unit or division named after its owner, in everyday words too, but not one alone", () => {
    expect(
      typed(
        "Hackers hit its Fair Harbour unit in May. Sales at Brenmoor Corp.'s Keltix division and its Security unit grew.",
      ),
    ).toEqual({ 'Fair Harbour': 'organization', 'Brenmoor Corp.': 'organization', Keltix: 'organization' });
  });

  it('is each of a list after its kind when one of them is a known body, an everyday word the other', () => {
    expect(typed('Analysts said AI companies such as OpenAI and Perplexity had changed the market.')).toEqual({
      OpenAI: 'organization',
      Perplexity: 'organization',
    });
  });

  it('is named with its trade in renewables', () => {
    expect(
      typed('Its partner in the project is Skyborn Renewables, owned by the German investor Kestrel Partners.'),
    ).toEqual({ 'Skyborn Renewables': 'organization' });
  });

  it("is a body after a known body's possessive, named in everyday words before its head", () => {
    expect(typed("Commander Dan Hale, head of the Metropolitan Police's Counter Terrorism Command, spoke.")).toEqual({
      'Dan Hale': 'person',
      'Metropolitan Police': 'organization',
      'Counter Terrorism Command': 'organization',
    });
  });

  it('was bought or taken over by someone, but a pronoun opening the sentence is none', () => {
    expect(
      typed('Velmora, based in Atlanta, said it had revoked the tokens. Velmora was bought in 2024 by a fund.'),
    ).toEqual({
      Velmora: 'organization',
      Atlanta: 'location',
    });
    expect(typed('It was taken over in 1978 by Kestrin, a stationery company.')).not.toHaveProperty('It');
  });

  it('is "the … unit", and an acronym after "authority"', () => {
    expect(
      typed('Soldiers of the Tarven unit, which helped the leader take power in a coup, joined crowds on Saturday.'),
    ).toEqual({ Tarven: 'organization' });
    expect(
      typed(
        'Velmoro, which the national competition authority KVNR fined last year, said it was reviewing its listings.',
      ),
    ).toHaveProperty('KVNR', 'organization');
  });

  it('is an acronym before a title written in lower case, a central bank named "Bank" and its country, and a service named after its kind', () => {
    expect(
      typed(
        'FFF president Philippe Diallo said the federation had taken all necessary measures and apologised to members.',
      ),
    ).toEqual({ FFF: 'organization', 'Philippe Diallo': 'person' });
    expect(typed('Bank Indonesia said it was in the market to support the currency.')).toEqual({
      'Bank Indonesia': 'organization',
    });
    expect(typed('Jara conceded, according to the electoral service Velrun.')).toHaveProperty('Velrun', 'organization');
  });

  it('is a guild', () => {
    expect(typed('The Typesetters Guild said the deal was fair.')).toEqual({ 'Typesetters Guild': 'organization' });
  });

  it('is a chamber or a house "of" something', () => {
    const t = typed(
      'Leaders attended the ceremony at the Chamber of Deputies, and the House of Representatives voted.',
    );
    expect(t).toMatchObject({ 'Chamber of Deputies': 'organization', 'House of Representatives': 'organization' });
  });

  it('is headed by the "chief" or "boss" named after it, unless an everyday word', () => {
    const t = typed('Bundesbank chief Joachim Nagel said cuts would depend on data. Police chief John Smith agreed.');
    expect(t).toEqual({ Bundesbank: 'organization', 'Joachim Nagel': 'person', 'John Smith': 'person' });
    // A word opening the sentence before the body is not the body's.
    expect(typed('Then KSV chief Mara Tolland resigned.')).toEqual({ KSV: 'organization', 'Mara Tolland': 'person' });
  });

  it('is the acronym before a title in the same run, mid-sentence too; two letters may be a place', () => {
    const t = typed('"The gang is broken," NRVA Director General Oren Haskel said on Tuesday.');
    expect(t).toEqual({ NRVA: 'organization', 'Oren Haskel': 'person' });
    expect(typed('"It is over," NY Congressman Dale Pruett said.')).not.toHaveProperty('NY', 'organization');
  });

  it('is called "the company" or "the group" by the next sentence, in every mention', () => {
    const t = typed(
      'Maersk has warned that disruption will last into next year. The Danish shipping group said its vessels would avoid the canal.',
    );
    expect(t).toMatchObject({ Maersk: 'organization' });
    // Not a name built from personal names, nor one with a title.
    expect(typed('Smith has warned that costs will rise. The company said so.')).toMatchObject({ Smith: 'person' });
    expect(typed('Zorvana has warned that costs will rise. The company said so. Mr Zorvana agreed.')).toMatchObject({
      Zorvana: 'person',
    });
  });

  it('ends in "Library": an institution, not a place', () => {
    const t = typed('The British Library has said it will pay. Toronto Public Library in Canada was hit too.');
    expect(t).toMatchObject({
      'British Library': 'organization',
      'Toronto Public Library': 'organization',
      Canada: 'location',
    });
  });

  it('does something to "its" own: a body, unless a known place or a person by first name', () => {
    const t = typed(
      'JOHANNESBURG, June 18 (Reuters) - Anglo American has agreed to sell its coal mines. Georgia has suspended its talks.',
    );
    expect(t).toMatchObject({ 'Anglo American': 'organization', Georgia: 'location' });
    // Without the sentence's "The".
    expect(typed('The European Union has suspended its aid.')).toEqual({ 'European Union': 'organization' });
    // Only the doer opening the clause: inside a phrase the name is whatever else says it is.
    expect(typed('Seven died in an attack, state TV CCTV reports on its microblog.')).toEqual({ CCTV: 'organization' });
  });

  it('with a word between the article and the name', () => {
    const t = typed('Venancio Mondlane, backed by the small Povimos party, came second.');
    expect(t).toEqual({ 'Venancio Mondlane': 'person', Povimos: 'organization' });
  });

  it('operates or owns something, or is the group after an owner', () => {
    const t = typed(
      'Glencore, which operates copper mines in Katanga, said so. Losses on loans to Austria’s Signa group hit it. ' +
        'Kenya, which borders Somalia, agreed.',
    );
    expect(t).toMatchObject({ Glencore: 'organization', Signa: 'organization', Kenya: 'location' });
  });

  it('promotes concerts, weighs a takeover, has a chief executive, or lists shares', () => {
    const t = typed(
      'Barlow Music, the concert promoter, will refund tickets. Anglo Vessen rejected a takeover proposal. ' +
        'Varrick-McMoRan Chief Executive Kathleen Quirk spoke, and traders on the Comvex exchange scrambled. ' +
        'The opposition Sammat party gained.',
    );
    expect(t).toMatchObject({
      'Barlow Music': 'organization',
      'Anglo Vessen': 'organization',
      'Varrick-McMoRan': 'organization',
      'Kathleen Quirk': 'person',
      Comvex: 'organization',
      Sammat: 'organization',
    });
  });

  it("has a chief executive when its name opens with its country's abbreviation", () => {
    const out = namedEntities(
      'Mills may close, U.S. Steel Chief Executive David Burritt said. Shares of U.S. Steel fell.',
    );
    expect(out).toEqual(['organization:U.S. Steel', 'person:David Burritt', 'organization:U.S. Steel']);
  });

  it("is named with its country's abbreviation and its trade or a body's head, alone", () => {
    expect(
      namedEntities(
        'The mill was sold to U.S. Steel in 1990, the U.S. Geological Survey said, and David Steel agreed.',
      ),
    ).toEqual(['organization:U.S. Steel', 'organization:U.S. Geological Survey', 'person:David Steel']);
  });

  it('is named after "Shares of" opening a sentence, and "and" stays inside a name of everyday words', () => {
    expect(
      namedEntities('Shares of Halvern-Crest, which made a rival bid, fell 3%. Shares in Procter and Gamble rose.'),
    ).toEqual(['organization:Halvern-Crest', 'organization:Procter and Gamble']);
  });

  it('was founded by someone, even when its name is an everyday word opening the sentence', () => {
    const t = typed('Anthropic, founded by former Corvane researchers, raised money. Rome, founded in 753 BC, grew.');
    expect(t).toMatchObject({ Anthropic: 'organization', Rome: 'location' });
  });

  it('names its analysts and economists before their names', () => {
    const t = typed(
      'Corvexa analyst Armen Azizian said flows would hold. Oil analysts expected more, and Brellan economists ' +
        'disagreed. Senior analyst Maria Lopez agreed.',
    );
    expect(t).toMatchObject({
      Corvexa: 'organization',
      'Armen Azizian': 'person',
      Brellan: 'organization',
      'Maria Lopez': 'person',
    });
    expect(t.Oil).toBeUndefined();
    expect(t.Senior).toBeUndefined();
  });

  it('but not where they work for another body, named after them', () => {
    const t = typed('Cyberdefence researchers at Tallinor Labs said the gang had restored its site.');
    expect(t).toEqual({ 'Tallinor Labs': 'organization' });
  });

  it('but people own shares, and a title names a person', () => {
    const t = typed("Oskar Vellin sold stock last year. Vellin's shares fell; Mr Tarrow's board met.");
    expect(t).toMatchObject({ 'Oskar Vellin': 'person', Tarrow: 'person' });
  });

  it('but a "who" keeps a person, and a "which" about the clause before does not count', () => {
    expect(typed("Dana Morrow, who chairs the panel, said Morrow's board was split.")['Dana Morrow']).toBe('person');
    expect(typed('Programs by Graham Mabury, which proved popular, ran for years.')['Graham Mabury']).toBe('person');
  });
});

describe("a body after its owner's possessive", () => {
  it('keeps its "for" and "of" parts', () => {
    const t = typed(
      "Tajikistan's State Committee for National Security and Pakistan's Ministry of Foreign Affairs met.",
    );
    expect(t).toMatchObject({
      'State Committee for National Security': 'organization',
      'Ministry of Foreign Affairs': 'organization',
    });
  });

  it('is a name apart from its owner, even where the tagger read the two as one', () => {
    const out = namedEntities(
      "The Treasury's Office of Foreign Assets Control named the brokers. Norway's Directorate of Fisheries agreed.",
    );
    expect(out).toEqual([
      'organization:Treasury',
      'organization:Office of Foreign Assets Control',
      'location:Norway',
      'organization:Directorate of Fisheries',
    ]);
  });

  it('or a place apart from the city that owns it, where the tagger read the two as one', () => {
    const out = namedEntities(
      "The hub stays at Rome's Fiumicino airport; slots at Milan's Linate airport go to rivals easyJet.",
    );
    expect(out).toEqual([
      'location:Rome',
      'location:Fiumicino',
      'location:Milan',
      'location:Linate',
      'organization:easyJet',
    ]);
  });
});

describe('a sentence that opens with what is held in a name', () => {
  it('leaves it out of the name', () => {
    const out = namedEntities('Shares of Tesla were not affected. Most of Europe was cold.');
    expect(out).toEqual(['organization:Tesla', 'location:Europe']);
  });

  it('also where an apposition says what the name is', () => {
    const out = namedEntities('Shares of Vantor, the state-controlled energy company, rose 9% in Lima.');
    expect(out).toEqual(['organization:Vantor', 'location:Lima']);
  });

  it('and so a word for how the name stands to another', () => {
    const out = namedEntities('Rival Roche reported results on Monday.');
    expect(out.map((e) => e.split(':')[1])).toEqual(['Roche']);
  });

  it('or stands alone where the tagger split it from the name', () => {
    expect(namedEntities('Rival BMW reported a 37% drop in quarterly profit, hit by weak demand in China.')).toEqual([
      'organization:BMW',
      'location:China',
    ]);
  });

  it('and so a trade ("Chipmaker Nvidia"), for a firm or a person', () => {
    const out = namedEntities(
      'Chipmaker Nvidia, whose processors power most AI systems, rose. Broadcaster David Attenborough spoke.',
    );
    expect(out).toEqual(['organization:Nvidia', 'person:David Attenborough']);
  });
});

describe('a body whose head word opens its name', () => {
  it('is one in Spanish and Italian too: "Consorcio de …"', () => {
    expect(namedEntities('The insurers’ Consorcio de Compensación de Seguros estimated the claims.')).toEqual([
      'organization:Consorcio de Compensación de Seguros',
    ]);
  });

  it('is one in Polish: "Telewizja Polska", though "Polska" is the country', () => {
    expect(namedEntities('The minister restored impartiality at Telewizja Polska, he said.')).toEqual([
      'organization:Telewizja Polska',
    ]);
  });
});

describe('a society named with "of"', () => {
  it('keeps the place after its "of"', () => {
    expect(namedEntities('The Law Society of Kenya said it would go to court.')).toEqual([
      'organization:Law Society of Kenya',
    ]);
  });

  it('so do armed forces and guards', () => {
    expect(
      namedEntities('Armed Forces of the Philippines chief Romeo Brawner met the National Guard of Ukraine.'),
    ).toEqual([
      'organization:Armed Forces of the Philippines',
      'person:Romeo Brawner',
      'organization:National Guard of Ukraine',
    ]);
  });
});

describe('a body named for its remit', () => {
  it('stays whole where the tagger left an everyday word of it alone', () => {
    expect(
      namedEntities('Aid was blocked, the U.N. Office for the Coordination of Humanitarian Affairs said.'),
    ).toEqual(['organization:U.N. Office for the Coordination of Humanitarian Affairs']);
  });
});

describe('a body named with "of"', () => {
  it('is two names when a person follows the "of"', () => {
    const out = namedEntities('He sought a coalition with the Pakistan Peoples Party of Bilawal Bhutto Zardari.');
    expect(out).toEqual(['organization:Pakistan Peoples Party', 'person:Bilawal Bhutto Zardari']);
  });

  it('and a feature of the earth keeps its everyday words', () => {
    const out = namedEntities('Ships sailed around the Cape of Good Hope, far from the Gulf of Aden.');
    expect(out).toEqual(['location:Cape of Good Hope', 'location:Gulf of Aden']);
  });
});

describe("a company's acronym alone", () => {
  it('is the company whose name it opens, not a place the gazetteer knows by those letters', () => {
    const out = namedEntities('Lufthansa bought a stake in ITA Airways. ITA keeps its brand, Spohr said.');
    expect(out).toEqual(expect.arrayContaining(['organization:ITA Airways', 'organization:ITA']));
  });
});

describe("an office named for its holder's post", () => {
  it("keeps the post's possessive inside the name", () => {
    const t = typed(
      "Tajikistan's Prosecutor General's Office opened a case; the Attorney General's Office said nothing.",
    );
    expect(t).toMatchObject({
      "Prosecutor General's Office": 'organization',
      "Attorney General's Office": 'organization',
    });
  });
});

describe('a plural apposition', () => {
  it('types every name it follows', () => {
    const t = typed(
      "Veltro and Kasmi-Net, the country's two largest mobile operators, were told to block the channels.",
    );
    expect(t).toMatchObject({ Veltro: 'organization', 'Kasmi-Net': 'organization' });
  });
});

describe('a venture in apposition', () => {
  it('is a body, with what it is between', () => {
    const t = typed(
      'Data centres are being built for Marlowe, the venture between Norvik, Oracle and SoftBank Group, and ' +
        'for Brightwater, the venture between two banks.',
    );
    expect(t).toMatchObject({ Marlowe: 'organization', Brightwater: 'organization' });
  });
});

describe('a plural of the noun before the names', () => {
  it('types every name it opens', () => {
    const t = typed(
      'Grid operators Norvalt and Kesmara said repairs would take weeks, and the carriers Ostwind and Pell Air ' +
        'cancelled flights. The statistics office Kelvara said prices rose.',
    );
    expect(t).toMatchObject({
      Norvalt: 'organization',
      Kesmara: 'organization',
      Ostwind: 'organization',
      'Pell Air': 'organization',
      Kelvara: 'organization',
    });
  });

  it('keeps a name with an ampersand whole, and types the names listed on after it', () => {
    const t = typed('The cyberattacks disrupted the retailers Hollis & Crane, Co-op and Dunmore this spring.');
    expect(t).toMatchObject({ 'Hollis & Crane': 'organization', 'Co-op': 'organization', Dunmore: 'organization' });
  });

  it('not the person who made or runs the body', () => {
    const t = typed('She joined the company Anna Berger founded, and he wrote to the office Peter Lind runs.');
    expect(t).toMatchObject({ 'Anna Berger': 'person', 'Peter Lind': 'person' });
  });
});

describe('an apposition whose noun is followed by a participle', () => {
  it('"an Iraqi armed group backed by Iran"', () => {
    expect(typed('Saraya Wardan, an Iraqi armed group backed by Iran, denied it.')).toMatchObject({
      'Saraya Wardan': 'organization',
    });
  });
});

describe('the words around a one-word firm the tagger does not know', () => {
  it('a spokesperson for it, data from it, brokers at it', () => {
    const t = typed(
      'A spokesperson for Halvern said the ship was diverted. Data from Quillex showed it loaded in May. ' +
        'Brokers at Dravik said rates rose.',
    );
    expect(t).toMatchObject({ Halvern: 'organization', Quillex: 'organization', Dravik: 'organization' });
  });

  it('its shares moving, its trading arm, its shareholders', () => {
    const t = typed(
      "Morvane shares fell 3 percent on Friday. Tessaline's trading arm bought the cargo. Orvik's shareholders met.",
    );
    expect(t).toMatchObject({ Morvane: 'organization', Tessaline: 'organization', Orvik: 'organization' });
  });

  it('but not a person named with a title, nor a place', () => {
    const t = typed(
      'A spokesman for President Arvel Donn said the talks failed. Data from Kazakhstan showed a drop. ' +
        "Mr. Jorvik's subsidiary collapsed.",
    );
    expect(t).toMatchObject({ 'Arvel Donn': 'person', Kazakhstan: 'location', Jorvik: 'person' });
  });
});

describe('names joined by "&"', () => {
  it('are firms', () => {
    const t = typed('Hackers broke into Marks & Spencer in April. Orvel & Tamsin Group said nothing.');
    expect(t).toMatchObject({ 'Marks & Spencer': 'organization', 'Orvel & Tamsin Group': 'organization' });
  });

  it('but not a pair of places, everyday words or a title in brackets', () => {
    const t = typed(
      'Trinidad & Tobago won. The Arts & Crafts fair opened. She read New & Selected Poems (Vell Press).',
    );
    expect(t['Trinidad & Tobago']).toBeUndefined();
    expect(t['Arts & Crafts']).toBeUndefined();
    expect(Object.keys(t).some((k) => k.includes('('))).toBe(false);
  });
});

describe('an office named for a post and its remit', () => {
  it("keeps the post's possessive inside the name", () => {
    const t = typed(
      "The Information Commissioner's Office said it was assessing the breach. A group known as Velk Spider took credit. " +
        "The Federal Prosecutor's Office charged them.",
    );
    expect(t).toMatchObject({
      "Information Commissioner's Office": 'organization',
      'Velk Spider': 'organization',
      "Federal Prosecutor's Office": 'organization',
    });
    expect(typed("The Public Defender's Office said many of those held had been beaten.")).toEqual({
      "Public Defender's Office": 'organization',
    });
  });
});

describe('a name ending in a company word', () => {
  it('is the company, not the place inside it', () => {
    const t = typed('Palo Alto Networks said it had fixed the flaw. Orsk Telecommunications denied it.');
    expect(t).toMatchObject({ 'Palo Alto Networks': 'organization', 'Orsk Telecommunications': 'organization' });
  });
});

describe('a name its head word opens, as other languages write them', () => {
  it('is an organisation', () => {
    const t = typed(
      'Shares in Grupo Varela rose. Banco Ostrava said so. Petroleos Andinos said output fell. ' +
        'The work went to the state-owned Polska Grupa Kordowa.',
    );
    expect(t).toMatchObject({
      'Grupo Varela': 'organization',
      'Banco Ostrava': 'organization',
      'Petroleos Andinos': 'organization',
      'Polska Grupa Kordowa': 'organization',
    });
  });
});

describe('a news outlet', () => {
  it('named as the source at the end of a sentence, or after "magazine"', () => {
    const t = typed(
      'The arrests followed a tip, Der Kurier reported. The talks failed, Le Veilleur reported on Tuesday. ' +
        'The weekly magazine Die Brucke ran the story.',
    );
    expect(t).toMatchObject({
      'Der Kurier': 'organization',
      'Le Veilleur': 'organization',
      'Die Brucke': 'organization',
    });
  });

  it('but not a reporter named in full', () => {
    expect(typed('Two men were held, Mary Jones reported.')['Mary Jones']).toBe('person');
  });
});

describe("an authority's name of everyday words", () => {
  it('is kept when the tagger does not see it', () => {
    expect(typed('The Financial Conduct Authority said it was reviewing the controls.')).toMatchObject({
      'Financial Conduct Authority': 'organization',
    });
  });
});

describe('one name in one document', () => {
  it("takes the type the rules show, over the tagger's guess elsewhere", () => {
    const t = extract("Norway's Equinor said on Friday it would delay a field. Shares in Equinor fell 1.5 percent.", {
      date: '2026-03-03',
    });
    expect(t.entities.filter((e) => e.text === 'Equinor').map((e) => e.type)).toEqual(['organization', 'organization']);
  });

  it("takes a one-word name's type from the rules alone, however often the tagger guessed otherwise", () => {
    const t = extract(
      "Norway's Velsund said on Friday it would delay a field. Velsund said costs rose. Shares in Velsund fell.",
      { date: '2026-03-03' },
    );
    expect(t.entities.filter((e) => e.text === 'Velsund').every((e) => e.type === 'organization')).toBe(true);
  });
});

describe('a name the text says "is a" firm', () => {
  it('is an organisation; a person "is a" member or director still a person', () => {
    const t = typed(
      'Tessaline is a Norwegian oil company. Ilse Marven is a party member. Orvik was a company director.',
    );
    expect(t).toMatchObject({ Tessaline: 'organization', 'Ilse Marven': 'person' });
    expect(t['Orvik']).not.toBe('organization');
  });
});

describe('more nouns that name a body', () => {
  it('a band, a magazine, "are the … organisation", a project after its owner', () => {
    const t = typed(
      'He joined Velvet Harbour, a Richmond-based jazz band. The test ran in The Orvane Review magazine. ' +
        'The Tolvane Scouts are the national scouting organization. ' +
        "The Civil Liberties Union's Press Freedom Project asked the court.",
    );
    expect(t).toMatchObject({
      'Velvet Harbour': 'organization',
      'Orvane Review': 'organization',
      'Tolvane Scouts': 'organization',
      'Press Freedom Project': 'organization',
    });
  });

  it('a steelmaker, a drugmaker, a business lobby', () => {
    const t = typed(
      'Corvane-Cliffs, a rival steelmaker, said it was interested. Danish drugmaker Veltrava Nordic agreed, ' +
        "and Keidanren, Japan's largest business lobby, called it regrettable.",
    );
    expect(t).toMatchObject({
      'Corvane-Cliffs': 'organization',
      'Veltrava Nordic': 'organization',
      Keidanren: 'organization',
    });
  });

  it('but never across the end of a sentence', () => {
    const t = typed('The festival was held in Den Haag, the Netherlands. His current band, Gigi, formed in 1994.');
    expect(t['Den Haag']).toBe('location');
  });
});

describe('names an organisation by what is said around it (news round six)', () => {
  it('experts, responders and trackers at a firm; a gang that calls itself something', () => {
    const t = typed(
      'Tanker trackers at Lumasea said the ship went dark. Incident responders from Carrowick were called in. ' +
        'The gang, which calls itself Nightjar, posted the files.',
    );
    expect(t).toMatchObject({ Lumasea: 'organization', Carrowick: 'organization', Nightjar: 'organization' });
  });

  it('a spokeswoman for it, but no pronoun whose shares moved', () => {
    const t = typed('A Veltrium spokeswoman said the company had cooperated. Its shares rose 1.2% in Oslo.');
    expect(t['Veltrium']).toBe('organization');
    expect(t['Its']).toBeUndefined();
  });

  it('a part of a named body, but not a place that is part of a country', () => {
    const t = typed('Investigators called in Brackmoor, part of Google Cloud. Khatlon, part of Tajikistan, was hit.');
    expect(t['Brackmoor']).toBe('organization');
    expect(t['Khatlon']).toBe('location');
  });

  it('a think tank, a media outlet, a firm created in a year', () => {
    const t = typed(
      'Civic Lantern, a Sofia think tank, counted the accounts. The group named it in its Al-Qasira media outlet. ' +
        'The money came from Rio Tavora, a rig-leasing firm created in 2010.',
    );
    expect(t).toMatchObject({
      'Civic Lantern': 'organization',
      'Al-Qasira': 'organization',
      'Rio Tavora': 'organization',
    });
  });

  it('lines of business ending a firm based somewhere, and industries as head words', () => {
    const t = typed(
      'Among those designated were Dubai-based Coral Reef Shipping and Trading, and Qingdao Haiyun Petrochemical.',
    );
    expect(t).toMatchObject({
      'Coral Reef Shipping and Trading': 'organization',
      'Qingdao Haiyun Petrochemical': 'organization',
    });
  });
});

describe('names an organisation by what is said around it (news round seven)', () => {
  it('an energy major after the name, a Scandinavian company word, hackers known as a name', () => {
    const t = typed(
      'Nordvik Energi, controlled by a Swedish fund, bought it. Halvard, the state-controlled energy major, ' +
        'holds stakes. Hackers known as Grey Heron broke in.',
    );
    expect(t).toMatchObject({
      'Nordvik Energi': 'organization',
      Halvard: 'organization',
      'Grey Heron': 'organization',
    });
  });

  it('but "major" before a name is an adjective', () => {
    expect(typed('Calvani is a major Brazilian maker of bicycles.')['Brazilian']).toBeUndefined();
  });
});

describe('names an organisation by what is said around it (news round eight)', () => {
  it('what is based somewhere by name, and a company word after everyday words', () => {
    const t = typed(
      'Among them were Izmir-based Kaya Makina and Hong Kong-based Sunrise Links Ltd, both traders. ' +
        'The operator and its partner Orchid Petroleum expanded the field.',
    );
    expect(t).toMatchObject({
      'Kaya Makina': 'organization',
      'Hong Kong': 'location',
      'Sunrise Links Ltd': 'organization',
      'Orchid Petroleum': 'organization',
    });
  });

  it('a maker of electronics or chips keeps that word in its name', () => {
    // Written for this test.
    const t = typed('Hanbit Electronics said on Thursday it would build a plant with Daeyang Semiconductor.');
    expect(t).toMatchObject({ 'Hanbit Electronics': 'organization', 'Daeyang Semiconductor': 'organization' });
  });

  it('but a person based somewhere is named after a noun, and a nationality is none', () => {
    const t = typed('A London-based analyst, Ruth Calder, met a Paris-based Lebanese banker.');
    expect(t['Ruth Calder']).toBe('person');
    expect(t['Lebanese']).toBeUndefined();
  });

  it('a Spanish article opening a name that is no known place', () => {
    const t = typed('Los Chapulines and La Garrapata fight for the routes from Los Angeles to La Paz.');
    expect(t).toMatchObject({
      'Los Chapulines': 'organization',
      'La Garrapata': 'organization',
      'Los Angeles': 'location',
      'La Paz': 'location',
    });
  });
});

describe('a known name inside a name the noun before it introduces', () => {
  it('is part of that name', () => {
    const t = typed('The minister told state broadcaster Radio Sahel that the mine would reopen.');
    expect(t['Radio Sahel']).toBe('organization');
    expect(t['Sahel']).toBeUndefined();
  });
});

describe('names an organisation by what is said around it (news round ten)', () => {
  it('firms listed after "lines including", "banks such as"', () => {
    const t = typed(
      'Container lines including Maersen and Hapag-Brandt avoid the strait. Banks such as Kestrel Mutual left.',
    );
    expect(t).toMatchObject({
      Maersen: 'organization',
      'Hapag-Brandt': 'organization',
      'Kestrel Mutual': 'organization',
    });
  });

  it('a body based somewhere and named for its remit keeps its "and"', () => {
    const t = typed('The Taipei-based Institute for Defence and Security Research said so.');
    expect(t['Institute for Defence and Security Research']).toBe('organization');
    expect(t['Taipei']).toBe('location');
    expect(t['The Taipei']).toBeUndefined();
  });

  it('a place in a compound adjective is the place, not the adjective', () => {
    const t = typed('The Togo-flagged ship and the Hong Kong-based firm were named.');
    expect(t).toMatchObject({ Togo: 'location', 'Hong Kong': 'location' });
    expect(t['Hong Kong-based']).toBeUndefined();
  });
});

describe('names an organisation by what is said around it (news round eleven)', () => {
  it('a news agency the noun names, though the gazetteer knows a city of that name', () => {
    const t = typed('He told the state news agency SANA that the cell had been caught.');
    expect(t['SANA']).toBe('organization');
  });

  it('a known name with its article inside a compound adjective, and a closing price', () => {
    const t = typed("Al Qaeda-linked fighters and al Qaeda-linked militants struck. Avarel's closing price rose.");
    expect(t['al Qaeda']).toBe('organization');
    expect(t['Avarel']).toBe('organization');
  });
});

describe('names an organisation by what is said around it (news round twelve)', () => {
  it("an international body's national chapter, a commission on a remit, a radio station, a unit in apposition", () => {
    const t = typed(
      'Amnesty International Kenya and the Kenya National Commission on Human Rights counted the dead. ' +
        'The group spoke on its Radio Qalam. Halden Oil, its Canadian unit, said the cuts would fall there.',
    );
    expect(t).toMatchObject({
      'Amnesty International Kenya': 'organization',
      'Kenya National Commission on Human Rights': 'organization',
      'Radio Qalam': 'organization',
      'Halden Oil': 'organization',
    });
  });

  it('an armed group named for its jihad, before its possessive', () => {
    expect(typed("Islamic Jihad's armed wing said two of the dead were its members.")['Islamic Jihad']).toBe(
      'organization',
    );
  });

  it('an Arabic name written with its article apart is the one the gazetteer writes joined', () => {
    expect(typed('Al Shabaab fighters attacked a base in Somalia.')['Al Shabaab']).toBe('organization');
  });
});

describe('a person by the post in apposition after the name', () => {
  it('though the tagger read the name as a place, and not after a first name', () => {
    const t = typed(
      'Irungu Houghton, the executive director of the group, said so. Exxon chief executive Darren Woods spoke.',
    );
    expect(t).toMatchObject({ 'Irungu Houghton': 'person', 'Darren Woods': 'person' });
  });
});

describe("a group's branch named for its province", () => {
  it('is one organisation, listed with another group, and so is its acronym', () => {
    expect(
      namedEntities(
        'Militants from Boko Haram and Islamic State West Africa Province (ISWAP) kidnapped 200 people. ISWAP denied it.',
      ),
    ).toEqual([
      'organization:Boko Haram',
      'organization:Islamic State West Africa Province',
      'organization:ISWAP',
      'organization:ISWAP',
    ]);
  });
});

describe('a founder after a name, and a former role in apposition', () => {
  it('make the name a firm, and leave a person who used to be a regulator a person', () => {
    const t = typed(
      'He was sentenced after Zentrix founder Sam Bankman-Fried. Richard Teng, a former Abu Dhabi regulator, now runs it.',
    );
    expect(t).toMatchObject({
      Zentrix: 'organization',
      'Sam Bankman-Fried': 'person',
      'Richard Teng': 'person',
      'Abu Dhabi': 'location',
    });
  });
});

describe('a party named by everyday words joined by "and"', () => {
  it('is the words before "party"', () => {
    expect(namedEntities('Voters backed the Law and Justice party in the east.')).toEqual([
      'organization:Law and Justice',
    ]);
  });
});

describe('a body after a known place’s possessive', () => {
  it('is named by its capitals, everyday words as they are', () => {
    expect(
      namedEntities("Saudi Arabia's Public Investment Fund raised $5.5 billion from its first bond sale."),
    ).toEqual(['location:Saudi Arabia', 'organization:Public Investment Fund']);
  });
});

describe('a known body whose head word is written in lower case', () => {
  it('is the body, head word and all', () => {
    expect(namedEntities('The Metropolitan police is investigating the claims.')).toEqual([
      'organization:Metropolitan police',
    ]);
  });
});

describe('a name the apposition after it calls a company', () => {
  it('is the company, though the gazetteer knows a place of that name', () => {
    expect(
      namedEntities('Albemarle, the U.S. company that also mines in the Atacama, is not part of the deal.'),
    ).toEqual(['organization:Albemarle', 'location:U.S.', 'location:Atacama']);
  });
});

describe('a participle opening the sentence', () => {
  it('is no part of the known name after it', () => {
    expect(namedEntities('Striking Canada Post workers will return to work on Tuesday.')).toEqual([
      'organization:Canada Post',
    ]);
  });
});

describe("a body after a person's possessive", () => {
  it('is a body, though its words are everyday ones', () => {
    const t = typed("Crown Prince Khalid bin Nasser's Regional Development Fund backed the plan.");
    expect(t).toMatchObject({ 'Regional Development Fund': 'organization' });
  });
});

describe('a known company named after its founder', () => {
  it('goes by the family name alone, unless someone of that name is in the text', () => {
    expect(typed("Shares in Eli Lilly rose. Lilly's new drug sold well.")).toMatchObject({ Lilly: 'organization' });
    expect(
      typed('Charles Schwab cut fees. Klaus Schwab spoke in Davos, and Schwab said rates would fall.'),
    ).toMatchObject({
      Schwab: 'person',
    });
  });
});

describe('two known bodies joined by a slash', () => {
  it('are one bloc', () => {
    expect(namedEntities("Friedrich Merz's CDU/CSU bloc won, and the SPD agreed.")).toEqual([
      'person:Friedrich Merz',
      'organization:CDU/CSU',
      'organization:SPD',
    ]);
  });
});

describe('an institution of everyday words', () => {
  it('is whole, however the tagger split it at its "and", and may end in "Chamber"', () => {
    const t = typed(
      "NNPC, which had been the sole buyer of the refinery's petrol, said it had lifted 16.8 million litres on the " +
        'first day. Its chief executive, Mele Kyari, said prices would be set by the market. The Nigerian Midstream ' +
        'and Downstream Petroleum Regulatory Authority said it would monitor quality at depots. Turnout was low, ' +
        'the National Electoral Chamber said.',
    );
    expect(t).toMatchObject({
      'Nigerian Midstream and Downstream Petroleum Regulatory Authority': 'organization',
      'National Electoral Chamber': 'organization',
    });
  });
});

describe("a plural's possessive inside a body's name, and bodies of everyday words", () => {
  it('is one name', () => {
    expect(
      namedEntities(
        "The Ostravan Prisoners' Society said 250 were held. The Hostages and Missing Families Forum said the " +
          'bodies must come home.',
      ),
    ).toEqual(["organization:Ostravan Prisoners' Society", 'organization:Hostages and Missing Families Forum']);
  });
});

describe('a company named with its trade after one coined word', () => {
  it('goes by that word alone, not by an everyday one', () => {
    const t = typed('Nexperia is owned by Zhentak Technology. Zhentak said it would appeal. General Motors said.');
    expect(t).toMatchObject({ 'Zhentak Technology': 'organization', Zhentak: 'organization' });
    expect(t).not.toHaveProperty('General');
  });
});

describe('a network named with its remit and its acronym with a hyphen', () => {
  it('is one body, and so is the acronym', () => {
    expect(
      namedEntities(
        'It asked the European Network of Transmission System Operators for Electricity, known as ENTSO-E, to lead. ' +
          'Sean Combs founded Bad Boy Records.',
      ),
    ).toEqual([
      'organization:European Network of Transmission System Operators for Electricity',
      'organization:ENTSO-E',
      'person:Sean Combs',
      'organization:Bad Boy Records',
    ]);
  });
});

describe("a place's name that a person of the text goes by", () => {
  it('is that person, unless after a place preposition', () => {
    expect(
      namedEntities(
        "The singer Cassie Ventura testified. Ventura's lawyer, Douglas Wigdor, spoke. She moved to Ventura in 2020.",
      ),
    ).toEqual(['person:Cassie Ventura', 'person:Ventura', 'person:Douglas Wigdor', 'location:Ventura']);
  });
});

describe("a body's former name", () => {
  it('is of its type', () => {
    expect(
      typed(
        'The dam was built by Italian contractor Webuild, formerly Salini Impregilo. Rival couriers Purolator and FedEx hired staff.',
      ),
    ).toMatchObject({ 'Salini Impregilo': 'organization', Purolator: 'organization' });
  });
});

describe('an association of everyday words joined by "and"', () => {
  it('is one body', () => {
    expect(
      namedEntities('The Computer and Communications Industry Association said the penalties would hurt investment.'),
    ).toEqual(['organization:Computer and Communications Industry Association']);
  });
});

describe('names an organisation by what is said around it (news round thirty-eight)', () => {
  it('every name of a list of bodies counted, then named "among them"', () => {
    expect(
      typed(
        'Investigators said about 90 organisations had lost data, among them Vellacor, Drummond Freight Lines and BrixaPay.',
      ),
    ).toMatchObject({ Vellacor: 'organization', 'Drummond Freight Lines': 'organization', BrixaPay: 'organization' });
  });

  it('the last two of a list joined by "and", one of them everyday words', () => {
    expect(
      namedEntities('Container lines including Orvesta, Kallhaven, Pacific Coast Parts and Ternmoor diverted ships.'),
    ).toEqual(expect.arrayContaining(['organization:Pacific Coast Parts', 'organization:Ternmoor']));
  });

  it('but not a person named after the comma', () => {
    expect(typed('A spokesperson for Kallhaven, Anna Brevik, said the ship was safe.')).toMatchObject({
      Kallhaven: 'organization',
      'Anna Brevik': 'person',
    });
  });

  it('a party after a possessive pronoun', () => {
    expect(typed('Ondrejko returned to power at the head of his Vetra party last year.')).toMatchObject({
      Vetra: 'organization',
    });
  });
});

describe('names an organisation by what is said around it (news round thirty-nine)', () => {
  it('not a nationality after a body that owns it, nor a person born somewhere', () => {
    expect(
      namedEntities(
        "Officials said the group's Syrian branch, Vesk Brigade, was behind it. The hall is owned by Azerbaijani-born developer Oren Malvik.",
      ),
    ).toEqual(['organization:Vesk Brigade', 'person:Oren Malvik']);
  });

  it('an alliance of everyday words, and its party named after the noun and a comma', () => {
    expect(
      typed(
        "Dorrin leads the National People's Voice alliance, whose main party, the Hela Sarvodan Peramuna (HSP), led two uprisings.",
      ),
    ).toMatchObject({
      "National People's Voice": 'organization',
      'Hela Sarvodan Peramuna': 'organization',
      HSP: 'organization',
    });
  });

  it('the body a person is "of the"', () => {
    expect(typed('He beat opposition leader Tomas Velder of the Samaru Jana Vedaya in the run-off.')).toMatchObject({
      'Tomas Velder': 'person',
      'Samaru Jana Vedaya': 'organization',
    });
  });

  it('markets named after "such as"', () => {
    expect(typed('Funds moved through darknet markets such as Korvanta and Spirex.')).toMatchObject({
      Korvanta: 'organization',
      Spirex: 'organization',
    });
  });
});

describe('names an organisation by what is said around it (news round forty)', () => {
  it("a programme or a lab after its owner's possessive, a plural's apostrophe too", () => {
    expect(
      typed(
        "Tomas Reyk, manager of NASA's Lunar Cargo Program, spoke first. Lumen Technologies' Grey Heron Labs said it had tracked the botnet.",
      ),
    ).toMatchObject({ 'Lunar Cargo Program': 'organization', 'Grey Heron Labs': 'organization' });
  });

  it('not a person after whose name a bare noun and "and" list who said it', () => {
    expect(
      typed("He attended the swearing-in of the new president, Masoud Pezeshkian, the group and Iran's army said."),
    ).toMatchObject({ 'Masoud Pezeshkian': 'person' });
  });
});

describe('names an organisation by what is said around it (news round forty-two)', () => {
  it('the sentence after a dateline opens with its first word', () => {
    expect(
      namedEntities('LAGOS, May 2 (Reuters) - Dozens of Kelvan Ridge Movement fighters were killed near Kidal.'),
    ).toEqual(['location:LAGOS', 'organization:Reuters', 'organization:Kelvan Ridge Movement', 'location:Kidal']);
  });

  it('a nationality before a body the lists know', () => {
    expect(typed('Dozens of Russian Wagner Group fighters were killed near Kidal.')).toMatchObject({
      'Wagner Group': 'organization',
    });
  });

  it('a long name set off by its acronym and an apposition', () => {
    expect(
      typed(
        'The Permanent Council for the Defence of the People of Tessalit (CPD-PT), an alliance of rebel groups, said it had won.',
      ),
    ).toMatchObject({
      'Permanent Council for the Defence of the People of Tessalit': 'organization',
      'CPD-PT': 'organization',
    });
  });

  it('a ministry whose remit is listed with commas', () => {
    expect(
      namedEntities(
        "Figures from the Ministry of Fisheries, Forestry and Rural Affairs showed it. Japan's Ministry of Economy, Trade and Industry agreed.",
      ),
    ).toEqual([
      'organization:Ministry of Fisheries, Forestry and Rural Affairs',
      'location:Japan',
      'organization:Ministry of Economy, Trade and Industry',
    ]);
    // The last field after a comma and "and" too.
    expect(namedEntities('The Ministry of Education, Culture, and Science said it.')).toEqual([
      'organization:Ministry of Education, Culture, and Science',
    ]);
    // Not a list of other names.
    expect(namedEntities('The Ministry of Defence, Israel and Egypt said it.')).toEqual([
      'organization:Ministry of Defence',
      'location:Israel',
      'location:Egypt',
    ]);
  });

  it("magistrates' courts", () => {
    expect(namedEntities("Protesters gathered at Westbury Magistrates' Courts on Monday.")).toEqual([
      "organization:Westbury Magistrates' Courts",
    ]);
  });
});

describe('names an organisation by what is said around it (news round forty-four)', () => {
  it('a sheriff is a title, and the body after "of the" his', () => {
    expect(
      namedEntities('Sheriff Kevin Marlow of the Las Vegas Metropolitan Police Department said there was no link.'),
    ).toEqual(['person:Kevin Marlow', 'organization:Las Vegas Metropolitan Police Department']);
  });
});

describe('names an organisation by what is said around it (news round forty-six)', () => {
  it('not the article that opens the sentence after a dateline', () => {
    expect(
      namedEntities(
        'MIAMI, Jan 30 (Reuters) - An American Airlines regional jet carrying 64 people collided with a helicopter.',
      ),
    ).toEqual(['location:MIAMI', 'organization:Reuters', 'organization:American Airlines']);
  });

  it("a grocery chain after its owner's possessive", () => {
    expect(typed("Sales rose at Kroger's Harris Teeter grocery chain last quarter.")).toMatchObject({
      Kroger: 'organization',
      'Harris Teeter': 'organization',
    });
  });
});

describe('names an organisation by what is said around it (news round forty-seven)', () => {
  it('an operator is a body', () => {
    expect(namedEntities('The Tarrow Grid Operator said supply was restored.')).toEqual([
      'organization:Tarrow Grid Operator',
    ]);
  });

  it("a body named with its country's letters goes by its name alone too", () => {
    expect(namedEntities('He founded the youth group Rising Tide USA in 2012. Rising Tide grew fast.')).toEqual([
      'organization:Rising Tide USA',
      'organization:Rising Tide',
    ]);
  });
});

describe('names an organisation by what is said around it (news round forty-eight)', () => {
  it('a body named with "of", then a title and the person who holds it', () => {
    expect(namedEntities('The Bureau of Prisons Director Colette Peters resigned.')).toEqual([
      'organization:Bureau of Prisons',
      'person:Colette Peters',
    ]);
    // A title with "of" after it, or with no name after it, is inside the body's name.
    expect(namedEntities('The Office of the Director of National Intelligence said it.')).toEqual([
      'organization:Office of the Director of National Intelligence',
    ]);
    expect(namedEntities('The Department of Justice Inspector General said on Monday.')).toEqual([
      'organization:Department of Justice Inspector General',
    ]);
  });

  it('an exchange named as its own language names it, head word first', () => {
    expect(namedEntities('Shares on the Borsa Istanbul fell 16% over three days.')).toEqual([
      'organization:Borsa Istanbul',
    ]);
  });
});

describe('names an organisation by what is said around it (news round fifty-one)', () => {
  it('a station named before "radio"; a nationality before it stays no name', () => {
    expect(typed('The minister told Vallee Info radio that trains would run.')).toMatchObject({
      'Vallee Info': 'organization',
    });
    expect(namedEntities('He told Ukrainian radio that the strike had hit.')).toEqual([]);
  });

  it('a body named after "whose" and before its kind', () => {
    expect(typed('Dorvak, whose Agrostel conglomerate spans farming and media, denies it.')).toMatchObject({
      Agrostel: 'organization',
    });
  });

  it('no pronoun for a body whose noun comes after a preposition', () => {
    const found = namedEntities('"This is a massive attack on our network," the rail chief said on Friday.');
    expect(found).toEqual([]);
  });
});

describe('names an organisation by what is said around it (news round fifty-three)', () => {
  it('a body whose name opens with "Internet", though the word alone is no name', () => {
    expect(namedEntities('Hackers stole data from the Internet Archive on Monday.')).toEqual([
      'organization:Internet Archive',
    ]);
    expect(namedEntities('The archive said Internet users were safe.')).toEqual([]);
  });
});

describe('names an organisation by what is said around it (news round fifty-four)', () => {
  it('a partner in a joint venture', () => {
    expect(namedEntities('Debswana, a joint venture with De Beers, cut output.')).toEqual([
      'organization:Debswana',
      'organization:De Beers',
    ]);
  });

  it("no word for a person's wealth or trade before the name", () => {
    expect(
      namedEntities('Billionaire entrepreneur Jared Halvik became the first private citizen to walk in space.'),
    ).toEqual(['person:Jared Halvik']);
  });
});

describe('reads names by what is said around them (news round fifty-five)', () => {
  it('a body, then "of" and the person who leads it, as two names', () => {
    expect(
      namedEntities(
        'He fought the election with the Mauritian Militant Movement of Paul Berenger and two smaller parties.',
      ),
    ).toEqual(['organization:Mauritian Militant Movement', 'person:Paul Berenger']);
  });

  it("an acronym's long form whose initials are exactly its letters, not a longer one holding them", () => {
    expect(
      namedEntities(
        'Panduleni Itula of the Independent Patriots for Change (IPC), who came second, said his party would appeal.',
      ),
    ).toEqual(['person:Panduleni Itula', 'organization:Independent Patriots for Change', 'organization:IPC']);
  });

  it('a candidate named after the word, and someone who died', () => {
    expect(typed("Namibia's ruling SWAPO party candidate Netumbo Nandi-Ndaitwah won the election.")).toMatchObject({
      'Netumbo Nandi-Ndaitwah': 'person',
    });
    expect(typed('Mbumba became president after Hage Geingob died in February.')).toMatchObject({
      'Hage Geingob': 'person',
    });
  });

  it("no body for a country a firm's noun describes, nor for an American party's adjective", () => {
    expect(namedEntities('Namibia, a major producer of uranium and diamonds, hopes to export hydrogen.')).toEqual([
      'location:Namibia',
    ]);
    expect(namedEntities('Donald Trump, the Republican candidate in the election, was convicted.')).toEqual([
      'person:Donald Trump',
    ]);
    expect(namedEntities('Labour won the vote.')).toEqual(['organization:Labour']);
  });

  it("a credit union by its name alone, and a dateline's state after its town", () => {
    expect(namedEntities('Kestrel Credit Union shut its systems. Hackers listed Kestrel on a leak site.')).toEqual([
      'organization:Kestrel Credit Union',
      'organization:Kestrel',
    ]);
    expect(namedEntities('WILMINGTON, Del., June 11 (Reuters) - A jury found him guilty.')).toEqual([
      'location:WILMINGTON',
      'location:Del.',
      'organization:Reuters',
    ]);
  });
});

describe('reads names by what is said around them (news round fifty-six)', () => {
  it('a person after a title held once, a pollster by its noun, a state abbreviated with two full stops', () => {
    expect(
      namedEntities('The coalition collapsed after a scandal involving its then-leader Heinz-Christian Strache.'),
    ).toEqual(['person:Heinz-Christian Strache']);
    expect(namedEntities('The Social Democrats came third, according to pollster Foresight.')).toEqual([
      'organization:Social Democrats',
      'organization:Foresight',
    ]);
    expect(namedEntities('SANTA FE, N.M., July 12 (Reuters) - A judge dismissed the charge.')).toEqual([
      'location:SANTA FE',
      'location:N.M.',
      'organization:Reuters',
    ]);
  });
});

describe('reads names by what is said around them (news round fifty-seven)', () => {
  it("no rival's word before a body a cue names, and no rocket named before its kind", () => {
    expect(
      namedEntities("Rival Blue Origin, founded by Amazon's Jeff Bezos, is developing its own New Glenn rocket."),
    ).toEqual(['organization:Blue Origin', 'organization:Amazon', 'person:Jeff Bezos']);
  });

  it("no body for a party's adjective before a title, nor for a scandal named before the word", () => {
    expect(
      namedEntities('Carter defeated Republican President Gerald Ford in the wake of the Watergate scandal.'),
    ).toEqual(['person:Carter', 'person:Gerald Ford']);
    expect(namedEntities('The Post Office scandal grew.')).toEqual(['organization:Post Office']);
  });
});

describe('reads names by what is said around them (news round sixty)', () => {
  it('a person whose post is an attorney or a judge after the comma; a noun with an adverb before its verb', () => {
    expect(namedEntities('Breon Peace, the U.S. attorney in Brooklyn, said the case was strong.')).toEqual([
      'person:Breon Peace',
      'location:U.S.',
      'location:Brooklyn',
    ]);
    expect(
      namedEntities('Two former executives of Azure Power Global, a company once listed in New York, were charged.'),
    ).toEqual(['organization:Azure Power Global', 'location:New York']);
  });
});

describe('reads names by what is said around them (news round sixty-two)', () => {
  it('a pair joined by "&" before what it makes is a firm; two people joined so who speak stay people', () => {
    expect(namedEntities('Airlines were hurt by the recall of Pratt & Whitney engines.')).toEqual([
      'organization:Pratt & Whitney',
    ]);
    expect(namedEntities('Obama & Biden spoke in Chicago.')).toEqual([
      'person:Obama',
      'person:Biden',
      'location:Chicago',
    ]);
  });

  it('a ferry company by its head word, after everyday words', () => {
    expect(namedEntities('Airlines added flights, and Blue Star Ferries put on extra sailings to Piraeus.')).toEqual([
      'organization:Blue Star Ferries',
      'location:Piraeus',
    ]);
  });

  it('a short sentence of a known name and a title is prose, not a title-case headline', () => {
    expect(namedEntities('He met U.S. President Donald Trump at the White House in May.')).toEqual([
      'location:U.S.',
      'person:Donald Trump',
      'organization:White House',
    ]);
  });
});

describe('reads names by what is said around them (news round sixty-three)', () => {
  it("a coined name before its leader, and a party's coalition partner, are parties", () => {
    expect(namedEntities('Naleraq leader Pele Broberg said his party was ready to join.')).toEqual([
      'organization:Naleraq',
      'person:Pele Broberg',
    ]);
    expect(namedEntities('The governing party fell to third, and its coalition partner Siumut was fourth.')).toEqual([
      'organization:Siumut',
    ]);
    expect(namedEntities('Republican leader Mitch McConnell spoke, as did Kenya leader William Ruto.')).toEqual([
      'person:Mitch McConnell',
      'location:Kenya',
      'person:William Ruto',
    ]);
  });
});

describe('reads names by what is said around them (news round sixty-four)', () => {
  it("a party its leader owns, a party's head before its leader's name, a parliament in apposition", () => {
    expect(namedEntities('Masra, whose Transformers party joined the government, urged calm.')).toEqual([
      'person:Masra',
      'organization:Transformers',
    ]);
    expect(namedEntities("She will talk first to the People's Party of Inga Saeland.")).toEqual([
      "organization:People's Party",
      'person:Inga Saeland',
    ]);
    expect(namedEntities("He won a seat in the Althing, the world's oldest parliament.")).toEqual([
      'organization:Althing',
    ]);
  });

  it("a first name after a body's noun and its comma is the person; a body that splits its own is one", () => {
    expect(namedEntities('A spokesman for the company, John Smith, said it was fine.')).toEqual(['person:John Smith']);
    expect(namedEntities('Shares in the bank, Wells Fargo, fell.')).toEqual(['organization:Wells Fargo']);
    expect(
      namedEntities('Kellanova was formed in 2023 when Kellogg split its snacks business from its cereals.'),
    ).toContain('organization:Kellogg');
  });

  it("no name runs across a dateline's bracket", () => {
    expect(namedEntities('Aug 14 (Reuters) - Mars, the maker of Snickers, agreed to buy a rival.')).toEqual([
      'organization:Reuters',
      'organization:Mars',
    ]);
  });
});

describe('reads names by what is said around them (news round sixty-six)', () => {
  it('a party by its stance for business or a bloc, and a part of a company by its trade', () => {
    expect(namedEntities('The pro-business Liberal Initiative, which won nine seats, could back him.')).toEqual([
      'organization:Liberal Initiative',
    ]);
    expect(namedEntities('BP said it would review the future of its Castrol lubricants business.')).toEqual([
      'organization:BP',
      'organization:Castrol',
    ]);
  });
});

describe('reads names by what is said around them (news round sixty-seven)', () => {
  it("a parliament by its name, a distributor by its noun, a firm's name that opens with a number", () => {
    expect(namedEntities('Fianna Fail won 48 of the 174 seats in the Dail.')).toEqual([
      'organization:Fianna Fail',
      'organization:Dail',
    ]);
    expect(namedEntities('Power distributor Energex said crews would begin repairs.')).toEqual([
      'organization:Energex',
    ]);
    expect(namedEntities('Genetic testing company 23andMe filed for bankruptcy; the 3rd Battalion left.')).toEqual([
      'organization:23andMe',
      'organization:3rd Battalion',
    ]);
  });
});

describe('reads names by what is said around them (news round sixty-nine)', () => {
  it("a company's coined name before 'Enterprises' alone too; a trader who founded a party is a person", () => {
    expect(
      namedEntities(
        'Harland Enterprises said on Monday it had sold a unit. Harland, which publishes magazines, declined.',
      ),
    ).toEqual(['organization:Harland Enterprises', 'organization:Harland']);
    expect(namedEntities('WIN, a new party founded by gold trader Azruddin Mohamed, came second.')).toEqual([
      'organization:WIN',
      'person:Azruddin Mohamed',
    ]);
    expect(namedEntities('Shares were bought by grain trader Kernel on Monday.')).toEqual(['organization:Kernel']);
  });

  it('a capital "The" after "and" opens another name the tagger ran in', () => {
    expect(
      namedEntities('The outage hit its dailies, including the St. Louis Post-Dispatch and The Buffalo News.'),
    ).toContain('organization:St. Louis Post-Dispatch');
  });
});

describe('reads names by what is said around them (news round seventy-one)', () => {
  it('a group by whose side it takes', () => {
    expect(namedEntities('Two hacker groups, the pro-Ukrainian Silent Crow and another, claimed the attack.')).toEqual([
      'organization:Silent Crow',
    ]);
  });

  it("a company by its chief's post, though a town opens its name, in every mention", () => {
    expect(
      namedEntities(
        'Union Pacific agreed to buy Norfolk Southern. The deal values Norfolk Southern at $85 billion. ' +
          'Norfolk Southern shares rose. Norfolk Southern CEO Mark George will join the board.',
      ).filter((e) => e.includes('Norfolk')),
    ).toEqual([
      'organization:Norfolk Southern',
      'organization:Norfolk Southern',
      'organization:Norfolk Southern',
      'organization:Norfolk Southern',
    ]);
    // The place that is the whole name stays the place.
    expect(namedEntities('Hong Kong Chief Executive John Lee spoke.')).toEqual([
      'location:Hong Kong',
      'person:John Lee',
    ]);
  });

  it('a creed before one name describes the body, and a plural possessive ends the place owning a name', () => {
    expect(namedEntities('Leaders of the Islamist Ennahda party are in jail.')).toEqual(['organization:Ennahda']);
    expect(
      namedEntities(
        "Strong quake kills dozens in central Philippines' Cebu province\n\n" +
          'MANILA, Oct 1 (Reuters) - A magnitude 6.9 earthquake struck off the northern tip of Cebu province.',
      ).slice(0, 2),
    ).toEqual(['location:Philippines', 'location:Cebu']);
  });
});

describe('reads names by what is said around them (news round seventy-two)', () => {
  it('a company taken private, two firms after one noun, and its initials in every mention', () => {
    expect(
      namedEntities(
        'Electronic Arts agreed on Monday to be taken private by private equity firm Silver Lake and Affinity ' +
          'Partners, the investment firm founded by Jared Kushner. The PIF already owns 10% of EA.',
      ),
    ).toEqual([
      'organization:Electronic Arts',
      'organization:Silver Lake',
      'organization:Affinity Partners',
      'person:Jared Kushner',
      'organization:PIF',
      'organization:EA',
    ]);
  });

  it("another name a group goes by, in its language, is the group's", () => {
    expect(
      namedEntities(
        'The group, Predatory Sparrow, which is also known by its Persian name Gonjeshke Darande, posted the claim.',
      ),
    ).toEqual(['organization:Predatory Sparrow', 'organization:Gonjeshke Darande']);
  });

  it('games listed by name are no entities there', () => {
    expect(
      namedEntities(
        'Shares of Nexon, whose games include Dungeon Fighter and MapleStory, fell as gamers chose titles such as Fortnite.',
      ),
    ).toEqual(['organization:Nexon']);
  });
});

describe('reads names by what is said around them (news round seventy-three)', () => {
  it('a company named for where it trades, and a firm an investor is', () => {
    expect(namedEntities('Allianz Life Insurance Company of North America said hackers stole data.')).toEqual([
      'organization:Allianz Life Insurance Company of North America',
    ]);
    expect(namedEntities('Allianz owns bond investor Pimco. Billionaire investor Warren Buffett spoke.')).toEqual([
      'organization:Allianz',
      'organization:Pimco',
      'person:Warren Buffett',
    ]);
    expect(namedEntities('Michael Arrington, a crypto investor, said the data could put lives at risk.')).toEqual([
      'person:Michael Arrington',
    ]);
  });

  it('a short name opening a list of two places after "of" is a place', () => {
    expect(namedEntities('The party kept its strongholds of Aljunied and Sengkang.')).toEqual([
      'location:Aljunied',
      'location:Sengkang',
    ]);
  });
});

describe('reads names by what is said around them (news round seventy-four)', () => {
  it('a merger partner, and a media company by its name alone', () => {
    expect(
      namedEntities(
        'Skydance Media completed its merger with Paramount Global on Thursday. Shari Redstone agreed to sell to Skydance.',
      ),
    ).toEqual([
      'organization:Skydance Media',
      'organization:Paramount Global',
      'person:Shari Redstone',
      'organization:Skydance',
    ]);
  });

  it('a body named for fields listed with commas, and its name in its own language in brackets', () => {
    expect(namedEntities('Rain fell, the Meteorology, Climatology and Geophysics Agency said.')).toEqual([
      'organization:Meteorology, Climatology and Geophysics Agency',
    ]);
    expect(
      namedEntities('Groups including the Indonesian Forum for the Environment (Walhi) blamed logging. Walhi said so.'),
    ).toEqual(['organization:Indonesian Forum for the Environment', 'organization:Walhi', 'organization:Walhi']);
  });
});

describe('reads names by what is said around them (news round seventy-five)', () => {
  it('a person removed from office, a company that merged, initials with their ampersand', () => {
    expect(namedEntities('A week ago the court removed Paetongtarn Shinawatra from office.')).toEqual([
      'person:Paetongtarn Shinawatra',
    ]);
    expect(namedEntities("The deal includes Boots, which Pessina's Alliance Boots merged with Walgreens.")).toEqual(
      expect.arrayContaining(['organization:Alliance Boots']),
    );
    expect(namedEntities('Hackers hit Marks & Spencer. Scattered Spider was blamed for the M&S attack.')).toEqual([
      'organization:Marks & Spencer',
      'organization:Scattered Spider',
      'organization:M&S',
    ]);
  });
});

describe('reads names by what is said around them (news round seventy-six)', () => {
  it("a surname the tagger took for a body is the person's in every mention", () => {
    expect(
      namedEntities(
        'Dan beats Simion in run-off\n\nDan defeated George Simion. He took 53.6% against 46.4% for Simion, ' +
          'leader of the Alliance for the Union of Romanians (AUR). Simion conceded.',
      ).filter((e) => e.includes('Simion')),
    ).toEqual(['person:Simion', 'person:George Simion', 'person:Simion', 'person:Simion']);
  });

  it("a storm's local name is the storm's, no person", () => {
    expect(namedEntities('The storm, known locally as Tino, dumped rain on Cebu. Tino then moved west.')).toEqual([
      'location:Cebu',
    ]);
  });
});

describe('reads names by what is said around them (news round seventy-seven)', () => {
  it('a range with its country, a glacier by its noun, and people by their trade', () => {
    expect(
      namedEntities(
        'Ice buried the village in the Swiss Alps. The Birch glacier above it broke away. Geologists had warned of it.',
      ),
    ).toEqual(['location:Swiss Alps', 'location:Birch']);
  });

  it('a party its leader leads, a company spun off, a holding company by its name alone', () => {
    expect(
      namedEntities(
        'Ramkalawan, an Anglican priest who leads Linyon Demokratik Seselwa, conceded. Trump, who leads Nikki Haley by 30 points, spoke.',
      ),
    ).toEqual(['person:Ramkalawan', 'organization:Linyon Demokratik Seselwa', 'person:Trump', 'person:Nikki Haley']);
    expect(namedEntities('Conduent, which was spun off from Xerox in 2017, is big.')).toContain('organization:Xerox');
    expect(namedEntities('It is owned by investment firm Tarvo Holding. Tarvo plans more deals.')).toEqual([
      'organization:Tarvo Holding',
      'organization:Tarvo',
    ]);
  });

  it("a body's name ending in a possessive that owns nothing, and the brands whose owner is named", () => {
    expect(namedEntities("The Dutch coffee company JDE Peet's, whose brands include Jacobs and L'Or, rose.")).toEqual([
      "organization:JDE Peet's",
    ]);
  });
});

describe('reads names by what is said around them (news round seventy-nine)', () => {
  it("a body before 'directorate', a company a stake is taken in, an area before 'shortly'", () => {
    expect(
      namedEntities("The military's Inter Services Public Relations directorate said the pilot was killed."),
    ).toEqual(['organization:Inter Services Public Relations']);
    expect(namedEntities('Meta will take a 49% stake in Scale AI.')).toEqual([
      'organization:Meta',
      'organization:Scale AI',
    ]);
    expect(namedEntities('The jet came down in the Uttara district shortly after take-off.')).toEqual([
      'location:Uttara',
    ]);
  });

  it('an app by what it is called is no entity', () => {
    expect(namedEntities('The app, called TM SGNL, copies messages so they can be archived.')).toEqual([]);
  });
});

describe('reads names by what is said around them (news round eighty)', () => {
  it('names listed before the plural of a kind of body are each a body', () => {
    expect(
      namedEntities('The company, which owns the Food Lion, Stop & Shop, Hannaford and Giant Food chains, said so.'),
    ).toEqual([
      'organization:Food Lion',
      'organization:Stop & Shop',
      'organization:Hannaford',
      'organization:Giant Food',
    ]);
    expect(namedEntities('The Dutch and Belgian banks fell.')).toEqual([]);
  });

  it('the West standing alone is the region, not the first word of a longer name', () => {
    expect(
      namedEntities(
        "Lukashenko said he did not care whether the West recognised the result. The West's sanctions bit. " +
          'Troops left the West Bank.',
      ),
    ).toEqual(['person:Lukashenko', 'location:West', 'location:West', 'location:West Bank']);
  });
});

describe('reads names by what is said around them (news round eighty-one)', () => {
  it('a first and family name, "of" and a body by its head word, are the person and the body', () => {
    expect(
      namedEntities('Abel Martinez of the Dominican Liberation Party, which governed for decades, was third.'),
    ).toEqual(['person:Abel Martinez', 'organization:Dominican Liberation Party']);
    expect(namedEntities('Shares of Bank of America rose.')).toEqual(['organization:Bank of America']);
  });
});
