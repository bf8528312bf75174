-- Webhooks for city systems without a Kafka consumer (docs/api-guide.md, "Webhooks").
-- A subscription names the event types, a plan and optionally one target; the secret signs every delivery
-- (Standard Webhooks) and is shown once, when the subscription is created.
CREATE TABLE webhook_subscription (
    id           uuid        PRIMARY KEY,
    owner        text        NOT NULL,
    url          text        NOT NULL,
    types        text[]      NOT NULL,
    plan_key     text        NOT NULL,
    target_code  text,
    secret       text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_plan ON webhook_subscription (plan_key);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at);

-- One row per (subscription, event), written in the transaction that stores the evaluation, so nothing announced
-- is lost and the unique key keeps it from being queued twice. seq orders a subscription's deliveries per target:
-- a row is not attempted while an earlier PENDING row of the same (subscription, target) exists. lease_until
-- marks a row a dispatcher is sending (claimed with FOR UPDATE SKIP LOCKED); an expired lease is claimable again.
CREATE TABLE webhook_delivery (
    seq              bigserial   PRIMARY KEY,
    id               uuid        NOT NULL UNIQUE,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    target_code      text        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_pair ON webhook_delivery (subscription_id, target_code, seq) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq);
