-- The plan each published version follows (前年度の運営方針, issue #16): when a plan's evaluations change, the plans
-- that follow it are found with one indexed read, to re-evaluate their previous-year baselines.
ALTER TABLE catalog_plan ADD COLUMN follows_plan_key text;
UPDATE catalog_plan SET follows_plan_key = document::jsonb -> 'follows' ->> 'plan';
CREATE INDEX catalog_plan_follows ON catalog_plan (follows_plan_key) WHERE follows_plan_key IS NOT NULL;
