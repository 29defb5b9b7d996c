import type { Migration } from './migration.js';

// Link types had two spellings: extraction stored `member_of`, while the link form offered
// "member of" (and "allied with" for `ally_of`), so one relation showed as two types in filters,
// the legend and exports. The vocabulary (lib/vocabulary/event-types.ts) keeps extraction's
// spelling, which most stored links already had; this converts the others. Types outside the
// vocabulary stay as the analyst typed them. The list is written out, not read from the
// vocabulary, so the migration does the same thing whatever the vocabulary becomes.
const KEY = `lower(replace(replace(trim(type), ' ', '_'), '-', '_'))`;
const VOCABULARY = [
  'member_of',
  'leader_of',
  'works_for',
  'part_of',
  'located_in',
  'based_in',
  'controls',
  'ally_of',
  'borders',
  'suspected_of',
  'hostile_to',
  'funds',
  'communicates_with',
  'family_of',
  'associate_of',
  'met_with',
  'owns',
]
  .map((t) => `'${t}'`)
  .join(', ');

export const linkTypeSpelling: Migration = {
  version: 120,
  name: "link types in the vocabulary's one spelling",
  up: `
UPDATE links SET type = CASE ${KEY} WHEN 'allied_with' THEN 'ally_of' ELSE ${KEY} END
WHERE (${KEY} IN (${VOCABULARY}) OR ${KEY} = 'allied_with')
  AND type <> CASE ${KEY} WHEN 'allied_with' THEN 'ally_of' ELSE ${KEY} END;
`,
};
