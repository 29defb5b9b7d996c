import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a hospital, college or lab', () => {
  it('is an organisation when three capitalised words or more end in its head inside a sentence', () => {
    // Every word of it is an everyday word, and the tagger passes it by.
    expect(namedEntities('A woman was taken to Banner University Medical Center with wounds.')).toEqual([
      'organization:Banner University Medical Center',
    ]);
  });

  it('includes a research lab with a name word in it', () => {
    expect(namedEntities('The Harmon Humanitarian Research Lab said the images showed fires.')).toEqual([
      'organization:Harmon Humanitarian Research Lab',
    ]);
  });

  it('is not made of a headline', () => {
    expect(namedEntities('Valley Medical Center Staff Walk Out\n\nNurses left at noon.')).toEqual([]);
  });
});

describe('a military base', () => {
  it('is a place', () => {
    expect(namedEntities('Supporters gathered outside the Talavera Air Base, where he was held.')).toEqual([
      'location:Talavera Air Base',
    ]);
  });
});

describe('a place of worship', () => {
  it('named before its kind is a place, but a faith before it is none', () => {
    expect(namedEntities('Shelling hit the Prasat Kor Vel temple and a Sikh temple near the Ban Rai mosque.')).toEqual([
      'location:Prasat Kor Vel',
      'location:Ban Rai',
    ]);
  });
});

describe('a place of worship named with its kind', () => {
  it('is a place where something happens there, and a church named for a faith is a body', () => {
    expect(namedEntities('The shooter fired dozens of rounds into the Annunciation Church as pupils sat.')).toEqual([
      'location:Annunciation Church',
    ]);
    expect(namedEntities('Worshippers fled from the Saint Brendan Cathedral on Sunday.')).toEqual([
      'location:Saint Brendan Cathedral',
    ]);
    expect(namedEntities('The Coptic Church said it would rebuild.')).toEqual(['organization:Coptic Church']);
  });

  it("is a body when it is a church's see named after the places it serves", () => {
    expect(namedEntities('Bishop Tom Reilly of the Diocese of Galway and Kilmacduagh visited the families.')).toEqual([
      'person:Tom Reilly',
      'organization:Diocese of Galway and Kilmacduagh',
    ]);
  });
});

describe('a village, a mine or a ground', () => {
  it('named before its kind is a place, a mine named with what it yields too', () => {
    expect(namedEntities('Rocks fell onto Kaveli village in the night.')).toEqual(['location:Kaveli']);
    expect(namedEntities('The slide cut the road to the Tarengo gold mine, officials said.')).toEqual([
      'location:Tarengo',
    ]);
  });

  it('named in Portuguese, head first, then "do" and the rest, is a place; a club is a body', () => {
    expect(namedEntities('Water reached the Arena do Velmora, home of the football club Velmora.')).toEqual([
      'location:Arena do Velmora',
      'organization:Velmora',
    ]);
    expect(namedEntities('Why do Americans vote on Tuesday?')).toEqual([]);
  });
});

describe('a ravine', () => {
  it('named before its kind is a place, before an irregular verb too', () => {
    expect(namedEntities('A torrent from the swollen Poyo ravine swept through the streets.')).toEqual([
      'location:Poyo',
    ]);
  });
});

describe('a port', () => {
  it('is a place with its name', () => {
    expect(namedEntities('Picket lines formed at the Port of Talvano and the Port of Kesh before dawn.')).toEqual([
      'location:Port of Talvano',
      'location:Port of Kesh',
    ]);
  });
});

describe('a port a ship left for somewhere', () => {
  it('is the port, and the place it sailed for is another name', () => {
    // The tagger runs the two together ("Port of Houston for Santos").
    expect(namedEntities('The vessel had left the Port of Houston for Santos, Brazil, about an hour earlier.')).toEqual(
      ['location:Port of Houston', 'location:Santos', 'location:Brazil'],
    );
  });
});

describe('a space centre', () => {
  it('is a place, as a base is', () => {
    expect(namedEntities('Flight controllers at the Marlow Space Center tracked the capsule.')).toEqual([
      'location:Marlow Space Center',
    ]);
  });
});

describe('a hotel, a stadium or an arena', () => {
  it('is a place, however the tagger typed it', () => {
    expect(
      namedEntities(
        'A truck exploded outside the Trump International Hotel in Las Vegas. The game moved to the Caesars Superdome.',
      ),
    ).toEqual(['location:Trump International Hotel', 'location:Las Vegas', 'location:Caesars Superdome']);
  });
});

describe("a feast's market in a town", () => {
  it('is the town alone', () => {
    expect(namedEntities('Car ploughs into Magdeburg Christmas market, killing five')).toEqual(['location:Magdeburg']);
  });
});

describe('a plant or a spa named before its kind', () => {
  it('is a place', () => {
    expect(
      namedEntities('The Blue Lagoon geothermal spa near the Svartsengi power plant, a tourist site, was closed.'),
    ).toEqual(['location:Blue Lagoon', 'location:Svartsengi']);
  });
});
