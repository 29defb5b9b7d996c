import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests.
const types = (text: string) => Object.fromEntries(extract(text, {}).entities.map((e) => [e.text, e.type]));

describe('entity types by shape', () => {
  it('types news outlets and agencies as organisations, also where the tagger missed them', () => {
    expect(types('Radio Ozodi reported the closure, and Orda said the talks ended.')).toMatchObject({
      'Radio Ozodi': 'organization',
      Orda: 'organization',
    });
    expect(types('According to Reuters and Asia-Plus, the border reopened.')).toMatchObject({
      Reuters: 'organization',
      'Asia-Plus': 'organization',
    });
  });

  it('types armed groups known by acronym as organisations', () => {
    expect(types('The TTP and the IMU claimed the raid, while ISKP denied any role.')).toMatchObject({
      TTP: 'organization',
      IMU: 'organization',
      ISKP: 'organization',
    });
  });

  it('makes the capitalised name of a news dateline a place', () => {
    const t = types('KHOROG, 14 March 2025 – Two border guards were wounded on Tuesday, officials said.');
    expect(t).toMatchObject({ KHOROG: 'location' });
    const velmora = extract(
      'Dockworkers halt Velmora port after talks fail\n\nVELMORA, 3 March 2026 — Dockworkers at the port of Velmora stopped work.',
      {},
    ).entities.filter((e) => e.key === 'velmora');
    expect(velmora.map((e) => e.type)).toEqual(['location', 'location', 'location']);
    // Capitals elsewhere are left to the tagger: an acronym opening a sentence is no dateline.
    expect(types('NATO, the alliance, met in Brussels.')['NATO']).toBe('organization');
  });

  it('never makes an office a person', () => {
    const t = types('Office Khorog denied the report on Monday.');
    expect(t['Office Khorog'] ?? 'organization').toBe('organization');
  });
});
