-- Review points (振り返り): 中間振り返り (MIDYEAR) and 年度末 (YEAR_END). Each row freezes the whole plan's
-- evaluation tree as of the end of as_of (Japan time); a later measurement, plan version or replay never
-- changes it, so the trigger refuses UPDATE and DELETE outright.
CREATE TABLE review (
    id            uuid        PRIMARY KEY,
    plan_key      text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('MIDYEAR', 'YEAR_END')),
    as_of         date        NOT NULL,
    fiscal_year   integer     NOT NULL,
    plan_version  integer     NOT NULL,
    snapshot      text        NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX review_plan_idx ON review (plan_key, recorded_at);

CREATE FUNCTION review_frozen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'review % is a frozen snapshot', OLD.id USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER review_immutable BEFORE UPDATE OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION review_frozen();
