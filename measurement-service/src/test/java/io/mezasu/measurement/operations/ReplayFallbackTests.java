package io.mezasu.measurement.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * {@link ReplayEvaluationTests}' scenario with the replay's memory cap at one observation: it drops what it kept
 * and evaluates every target from the tables, with the same result.
 */
@QuarkusTest
@TestProfile(ReplayFallbackTests.TinyCap.class)
class ReplayFallbackTests extends ReplayEvaluationTests {

    public static class TinyCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mezasu.measurement.replay-in-effect-limit", "1");
        }
    }

    @Override
    boolean evaluatesFromMemory() {
        return false;
    }
}
