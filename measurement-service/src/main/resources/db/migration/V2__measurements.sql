-- Write side of ingest: one row per (source, source_id). It decides, under a row lock, whether a
-- submission is new, a correction or an identical resubmission, so no event is written twice.
CREATE TABLE measurement_ledger (
    source          text        NOT NULL,
    source_id       text        NOT NULL,
    measurement_id  uuid        NOT NULL UNIQUE,
    plan_key        text        NOT NULL,
    target_code     text        NOT NULL,
    content_hash    text        NOT NULL,
    retracted       boolean     NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (source, source_id)
);

-- Idempotency-Key on single POSTs: the first answer is replayed for a retry with the same body.
CREATE TABLE idempotency_key (
    subject       text        NOT NULL,
    key           text        NOT NULL,
    request_hash    text        NOT NULL,
    measurement_id  uuid,
    outcome         text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (subject, key)
);

-- Read side, projected from the measurements topic only (it can be rebuilt by replaying the topic).
CREATE TABLE measurement (
    id                 uuid        PRIMARY KEY,
    plan_key           text        NOT NULL,
    target_code        text        NOT NULL,
    kind               text        NOT NULL,
    source             text        NOT NULL,
    source_id          text        NOT NULL,
    fiscal_year        integer     NOT NULL,
    observed_on        date        NOT NULL,
    version            integer     NOT NULL,
    retracted          boolean     NOT NULL,
    retraction_reason  text,
    content            text        NOT NULL,
    content_hash       text        NOT NULL,
    first_recorded_at  timestamptz NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    last_event_id      uuid        NOT NULL
);
CREATE INDEX measurement_target_idx ON measurement (plan_key, target_code, observed_on);
CREATE INDEX measurement_source_idx ON measurement (source, observed_on);

-- Every accepted change, never updated: the audit trail behind GET /measurements/{id}/history.
CREATE TABLE measurement_history (
    event_id        uuid        PRIMARY KEY,
    measurement_id  uuid        NOT NULL,
    version         integer     NOT NULL,
    change          text        NOT NULL,
    content         text,
    content_hash    text,
    reason          text,
    actor           text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    UNIQUE (measurement_id, version)
);
