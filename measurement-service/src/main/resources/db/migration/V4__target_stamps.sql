-- Who last changed a target's measurements: every projection write sets a fresh random token for the targets it
-- touched, in the same transaction. A cache of a target's measurements in effect remembers the token it saw and
-- checks itself with a key lookup instead of counting rows; a rolled-back write, a replay or another replica
-- leaves a token the cache does not know, so it reloads.
CREATE TABLE measurement_target_stamp (
    plan_key    text NOT NULL,
    target_code text NOT NULL,
    token       uuid NOT NULL,
    PRIMARY KEY (plan_key, target_code)
);

INSERT INTO measurement_target_stamp (plan_key, target_code, token)
SELECT DISTINCT plan_key, target_code, gen_random_uuid() FROM measurement;
