-- Transactional outbox shared by both services (see io.mezasu.platform.outbox).
-- Version 0.1 so it sorts before each service's own migrations (V1, V2, ...).
CREATE TABLE outbox_event (
    id          uuid        PRIMARY KEY,
    topic       text        NOT NULL,
    record_key  text        NOT NULL,
    event_type  text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz,
    attempts    integer     NOT NULL DEFAULT 0
);

-- The relay only ever looks for what is still to send, oldest first.
CREATE INDEX outbox_event_pending ON outbox_event (created_at) WHERE sent_at IS NULL;
