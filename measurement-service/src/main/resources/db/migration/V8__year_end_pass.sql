-- The year-end pass (年度末の評価) done per plan and fiscal year. A replica claims the pass by inserting the row in
-- the transaction that stores the year-end evaluations: a second replica waits on the insert, then finds it done.
CREATE TABLE year_end_pass (
    plan_key     text        NOT NULL,
    fiscal_year  integer     NOT NULL,
    done_at      timestamptz NOT NULL,
    versions     integer     NOT NULL,
    PRIMARY KEY (plan_key, fiscal_year)
);
