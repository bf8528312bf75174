-- A measurement's content was stored twice (three times in a replay's staging): on its row and on the history line
-- that wrote it. It now lives only in measurement_history; the row names that line (content_event_id, joined on
-- history's primary key). A retracted row keeps naming its last content-bearing line, as it kept its content before.
ALTER TABLE measurement ADD COLUMN content_event_id uuid;

UPDATE measurement m SET content_event_id = latest.event_id
FROM (SELECT DISTINCT ON (measurement_id) measurement_id, event_id FROM measurement_history
      WHERE content IS NOT NULL ORDER BY measurement_id, version DESC) latest
WHERE latest.measurement_id = m.id;

-- Every row was written together with its history line, so none is left without one; if one were, SET NOT NULL
-- fails the migration rather than drop a content that exists nowhere else.
ALTER TABLE measurement ALTER COLUMN content_event_id SET NOT NULL;
ALTER TABLE measurement DROP COLUMN content;
