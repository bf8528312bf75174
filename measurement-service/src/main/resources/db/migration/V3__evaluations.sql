-- Target evaluations (業績目標の評価), recomputed from the measurements topic. Every change is a new
-- version, never an update, except that one recorded instant holds one version: a batch split across
-- two polls must give the same history as one poll, so a replay reproduces it exactly.
CREATE TABLE evaluation_version (
    plan_key             text        NOT NULL,
    target_code          text        NOT NULL,
    version              integer     NOT NULL,
    plan_version         integer     NOT NULL,
    status               text        NOT NULL,
    mode                 text        NOT NULL,
    evaluation           text        NOT NULL,
    last_measurement_id  uuid,
    recorded_at          timestamptz NOT NULL,
    PRIMARY KEY (plan_key, target_code, version)
);
CREATE INDEX evaluation_version_asof_idx ON evaluation_version (plan_key, recorded_at);

-- The latest version per target: what GET …/evaluations reads.
CREATE TABLE evaluation_current (
    plan_key             text        NOT NULL,
    target_code          text        NOT NULL,
    version              integer     NOT NULL,
    plan_version         integer     NOT NULL,
    status               text        NOT NULL,
    mode                 text        NOT NULL,
    evaluation           text        NOT NULL,
    last_measurement_id  uuid,
    recorded_at          timestamptz NOT NULL,
    PRIMARY KEY (plan_key, target_code)
);
