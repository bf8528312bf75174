package io.mezasu.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Valid measurement bodies on the Minato FY2019 plan, each with a (source, sourceId) never used before. */
final class Measurements {

    static final String PLAN = "minato-fy2019";
    static final String SOURCE = "bench";

    /** PERCENT targets measured by survey (percentBasis SURVEY). */
    static final List<String> SURVEY_TARGETS = List.of("1-1-1-1", "1-1-2-1", "1-1-4-1", "1-1-7-1", "1-2-1-1",
            "1-2-2-1", "1-2-3-1", "1-2-4-1", "1-2-5-1", "1-4-1-1", "2-1-2-1", "2-1-5-1", "2-2-1-1", "2-4-1-1",
            "3-1-1-1", "3-1-3-1", "3-2-1-1", "3-3-2-1", "3-3-3-1", "3-3-4-1", "3-3-5-1", "3-3-7-1", "3-4-1-1",
            "3-5-1-1", "4-1-1-1", "4-1-1-2", "4-1-1-3", "4-1-4-1", "4-2-2-1", "4-2-3-1", "5-1-2-1", "5-3-1-1",
            "6-1-1-1", "6-1-2-1", "6-2-1-1", "6-3-1-1", "6-4-1-1", "6-4-2-1", "6-4-3-2");

    /** Cumulative count targets: every INCREMENT changes their evaluation. */
    static final List<String> COUNT_TARGETS = List.of("1-1-6-1", "3-1-2-1");

    private final String runId;
    private final AtomicLong sequence = new AtomicLong();

    Measurements(String runId) {
        this.runId = runId;
    }

    String nextSourceId(String prefix) {
        return runId + "-" + prefix + "-" + sequence.incrementAndGet();
    }

    String survey(String target, String sourceId, long numerator) {
        return "{\"plan\":\"" + PLAN + "\",\"target\":\"" + target + "\",\"kind\":\"SURVEY\",\"fiscalYear\":2019,"
                + "\"observedOn\":\"2019-08-31\",\"source\":\"" + SOURCE + "\",\"sourceId\":\"" + sourceId
                + "\",\"numerator\":" + numerator + ",\"denominator\":1000}";
    }

    String count(String target, String sourceId, long value) {
        return "{\"plan\":\"" + PLAN + "\",\"target\":\"" + target + "\",\"kind\":\"COUNT\",\"fiscalYear\":2019,"
                + "\"observedOn\":\"2019-08-31\",\"source\":\"" + SOURCE + "\",\"sourceId\":\"" + sourceId
                + "\",\"value\":" + value + ",\"countMode\":\"INCREMENT\"}";
    }

    /** The i-th of a mix: even i a survey over the survey targets, odd i a count increment. */
    String mixed(long i, String prefix) {
        String sourceId = nextSourceId(prefix);
        if (i % 2 == 0) {
            return survey(SURVEY_TARGETS.get((int) ((i / 2) % SURVEY_TARGETS.size())), sourceId, 300 + (i % 500));
        }
        return count(COUNT_TARGETS.get((int) ((i / 2) % COUNT_TARGETS.size())), sourceId, 1);
    }
}
