import { useState } from 'react';

/** What `seedChartFromCase` recorded in the chart's settings (`settings.seeded`). */
interface SeedNote {
  entities: number;
  entitiesInCase: number;
  events: number;
  eventsOfThese: number;
}

const count = (n: number) => n.toLocaleString('en-GB');

function isSeedNote(v: unknown): v is SeedNote {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return ['entities', 'entitiesInCase', 'events', 'eventsOfThese'].every((k) => typeof o[k] === 'number');
}

/**
 * The sentence that says a chart seeded from the case shows only part of it, or null when it
 * shows everything (or was not seeded). Settings come from the case file, so the shape is checked.
 */
export function seedNoticeText(seeded: unknown): string | null {
  if (!isSeedNote(seeded)) return null;
  const { entities, entitiesInCase, events, eventsOfThese } = seeded;
  if (entities >= entitiesInCase && events >= eventsOfThese) return null;
  const ofEntities =
    entities < entitiesInCase
      ? `the ${count(entities)} best-connected of ${count(entitiesInCase)} entities`
      : `all ${count(entities)} entities`;
  const ofEvents =
    events === 0
      ? ''
      : events < eventsOfThese
        ? ` and ${count(events)} of their ${count(eventsOfThese)} events`
        : ` and their ${count(events)} events`;
  return `Showing ${ofEntities}${ofEvents} — add more from the entity list.`;
}

/** A plain line above a seeded chart saying what was left out; the analyst can put it away. */
export function SeedNotice({ seeded }: { seeded: unknown }) {
  const [hidden, setHidden] = useState(false);
  const text = seedNoticeText(seeded);
  if (!text || hidden) return null;
  return (
    <p className="chart-status chart-seed-notice" role="note" data-testid="chart-seed-notice">
      {text}{' '}
      <button type="button" className="link-button" onClick={() => setHidden(true)}>
        Dismiss
      </button>
    </p>
  );
}
