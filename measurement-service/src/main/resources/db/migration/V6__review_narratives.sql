-- Narratives of a review (自己評価の記述) per target or strategy: 有効であった取組, 課題と改善策, 今後の方針.
-- Every change is a new version with its author; the current one is the highest version.
CREATE TABLE review_narrative (
    review_id         uuid        NOT NULL REFERENCES review (id),
    code              text        NOT NULL,
    version           integer     NOT NULL,
    effective         text        NOT NULL,
    issues_and_fixes  text        NOT NULL,
    next_steps        text        NOT NULL,
    author            text        NOT NULL,
    written_at        timestamptz NOT NULL,
    PRIMARY KEY (review_id, code, version)
);
