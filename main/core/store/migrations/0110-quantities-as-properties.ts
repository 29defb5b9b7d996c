import type { Migration } from './migration.js';

// Numbers ("3", "five") were once stored as entities of type 'quantity': they crowded the most
// mentioned lists, charts and timeline lanes. They are properties of what they count now. This
// moves the numbers an event had as participants into its properties (`quantities`, the
// values as text, so a search over properties still finds them) and removes the quantity
// entities with their mentions, aliases, participants, links, citations and chart nodes.
export const quantitiesAsProperties: Migration = {
  version: 110,
  name: 'quantities become properties of the events they count',
  up: `
CREATE TEMP TABLE quantity_entities AS SELECT id, COALESCE(json_extract(properties, '$.value'), label) AS value FROM entities WHERE type = 'quantity';
UPDATE events SET properties = json_set(properties, '$.quantities', (
  SELECT json_group_array(q.value) FROM participants p JOIN quantity_entities q ON q.id = p.entity_id WHERE p.event_id = events.id
)) WHERE id IN (SELECT p.event_id FROM participants p JOIN quantity_entities q ON q.id = p.entity_id);
DELETE FROM participants WHERE entity_id IN (SELECT id FROM quantity_entities);
DELETE FROM citations WHERE subject_kind = 'link' AND subject_id IN (SELECT id FROM links WHERE source_id IN (SELECT id FROM quantity_entities) OR target_id IN (SELECT id FROM quantity_entities));
DELETE FROM links WHERE source_id IN (SELECT id FROM quantity_entities) OR target_id IN (SELECT id FROM quantity_entities);
DELETE FROM citations WHERE subject_kind = 'entity' AND subject_id IN (SELECT id FROM quantity_entities);
DELETE FROM chart_nodes WHERE subject_id IN (SELECT id FROM quantity_entities);
DELETE FROM mentions WHERE entity_id IN (SELECT id FROM quantity_entities);
DELETE FROM aliases WHERE entity_id IN (SELECT id FROM quantity_entities);
UPDATE events SET location_entity_id = NULL WHERE location_entity_id IN (SELECT id FROM quantity_entities);
DELETE FROM entities WHERE id IN (SELECT id FROM quantity_entities);
DROP TABLE quantity_entities;
`,
};
