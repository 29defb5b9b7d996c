// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SeedNotice, seedNoticeText } from '../../../../renderer/src/chart/seed-notice.js';

afterEach(cleanup);

describe('a chart seeded from the case says what it left out', () => {
  it('names how many entities and events it shows of how many', () => {
    render(<SeedNotice seeded={{ entities: 150, entitiesInCase: 42_702, events: 350, eventsOfThese: 45_118 }} />);
    expect(screen.getByTestId('chart-seed-notice').textContent).toContain(
      'Showing the 150 best-connected of 42,702 entities and 350 of their 45,118 events — add more from the entity list.',
    );
  });

  it('goes away when dismissed', () => {
    render(<SeedNotice seeded={{ entities: 150, entitiesInCase: 900, events: 0, eventsOfThese: 0 }} />);
    expect(screen.getByRole('note').textContent).toContain('Showing the 150 best-connected of 900 entities — add');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('chart-seed-notice')).toBeNull();
  });

  it('says nothing when the chart shows the whole case, was not seeded, or its settings are malformed', () => {
    expect(seedNoticeText({ entities: 12, entitiesInCase: 12, events: 4, eventsOfThese: 4 })).toBeNull();
    expect(seedNoticeText(undefined)).toBeNull();
    expect(seedNoticeText({ entities: '150' })).toBeNull();
    render(<SeedNotice seeded={undefined} />);
    expect(screen.queryByTestId('chart-seed-notice')).toBeNull();
  });

  it('counts every entity but not every event when only events were left out', () => {
    expect(seedNoticeText({ entities: 40, entitiesInCase: 40, events: 460, eventsOfThese: 2_000 })).toBe(
      'Showing all 40 entities and 460 of their 2,000 events — add more from the entity list.',
    );
  });
});
