-- Drafts and published versions of plans (区運営方針). Owned by plan-service.
CREATE TABLE plan_version (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key      text        NOT NULL,
    version       integer,
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    supersedes    integer,
    document      text        NOT NULL,
    content_hash  text        NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text,
    updated_at    timestamptz NOT NULL,
    published_at  timestamptz,
    published_by  text,
    CONSTRAINT plan_version_numbered CHECK ((status = 'DRAFT') = (version IS NULL)),
    CONSTRAINT plan_version_positive CHECK (version IS NULL OR version > 0)
);

CREATE UNIQUE INDEX plan_version_key_version ON plan_version (plan_key, version) WHERE version IS NOT NULL;
-- At most one draft per plan.
CREATE UNIQUE INDEX plan_version_one_draft ON plan_version (plan_key) WHERE status = 'DRAFT';

-- A published version is immutable for everyone, whatever writes to the table.
CREATE FUNCTION plan_version_frozen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'plan % version % is published and immutable', OLD.plan_key, OLD.version
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER plan_version_immutable
    BEFORE UPDATE OR DELETE ON plan_version
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED')
    EXECUTE FUNCTION plan_version_frozen();
