-- Whether a plan's fiscal year is closed (年度の確定, after the 区政会議). Every measurement write holds its plan's
-- row FOR SHARE while the ledger decides (creating the row when missing); close and reopen take it FOR UPDATE. A
-- close therefore waits for the writes already deciding, and every write after it sees closed = true: none lands
-- after the close commits.
CREATE TABLE plan_period (
    plan_key     text        PRIMARY KEY,
    fiscal_year  integer,
    closed       boolean     NOT NULL DEFAULT false,
    review_id    uuid        REFERENCES review (id),
    changed_by   text,
    changed_at   timestamptz
);

-- Every close and reopen, with who, when, the YEAR_END review closed on and the reason given for a reopen.
CREATE TABLE plan_period_change (
    id           uuid        PRIMARY KEY,
    plan_key     text        NOT NULL,
    fiscal_year  integer     NOT NULL,
    action       text        NOT NULL CHECK (action IN ('CLOSE', 'REOPEN')),
    review_id    uuid        REFERENCES review (id),
    reason       text,
    actor        text        NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX plan_period_change_plan_idx ON plan_period_change (plan_key, at);
