-- measurement-service's own copy of published plans, built from PlanPublished events.
CREATE TABLE catalog_plan (
    plan_key      text        NOT NULL,
    version       integer     NOT NULL,
    event_id      text        NOT NULL UNIQUE,
    title         text        NOT NULL,
    fiscal_start  date        NOT NULL,
    fiscal_end    date        NOT NULL,
    target_count  integer     NOT NULL,
    content_hash  text        NOT NULL,
    published_at  timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    document      text        NOT NULL,
    PRIMARY KEY (plan_key, version)
);
