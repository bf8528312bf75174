package io.mezasu.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicAuditTest {

    private static final TopicSettings LOG = new TopicSettings("mezasu.measurements", "measurement-service", 3,
            (short) 1, 1, "delete", -1, -1);
    private static final TopicSettings LATEST = new TopicSettings("mezasu.evaluations", "measurement-service", 3,
            (short) 1, 1, "compact", -1, -1);

    private static TopicAudit.Observed observed(String... settings) {
        Map<String, String> configs = new HashMap<>(LOG.configs());
        for (int i = 0; i < settings.length; i += 2) {
            configs.put(settings[i], settings[i + 1]);
        }
        return new TopicAudit.Observed(3, 1, configs);
    }

    @Test
    void aTopicAsDeclaredHasNoFinding() {
        assertEquals(List.of(), TopicAudit.audit(LOG, observed()));
        assertEquals(List.of(), TopicAudit.audit(LATEST, observed("cleanup.policy", "compact")));
    }

    @Test
    void theBrokersSevenDayDefaultLosesEventsAndSaysSo() {
        List<TopicAudit.Finding> findings = TopicAudit.audit(LOG, observed("retention.ms", "604800000"));
        assertEquals(1, findings.size());
        TopicAudit.Finding finding = findings.get(0);
        assertTrue(finding.losesEvents());
        assertEquals("retention.ms", finding.setting());
        assertEquals("mezasu.measurements has retention.ms=604800000 (7 days): older events are deleted; "
                + "declared -1 (keep every event)", finding.message());
    }

    @Test
    void aSizeLimitLosesEventsToo() {
        assertTrue(TopicAudit.audit(LOG, observed("retention.bytes", "1073741824")).get(0).losesEvents());
    }

    @Test
    void compactingALogLosesItsHistory() {
        TopicAudit.Finding finding = TopicAudit.audit(LOG, observed("cleanup.policy", "compact")).get(0);
        assertTrue(finding.losesEvents());
        assertEquals("cleanup.policy", finding.setting());
    }

    @Test
    void retentionIsIrrelevantWhereNothingIsDeleted() {
        assertEquals(List.of(), TopicAudit.audit(LATEST, observed("cleanup.policy", "compact", "retention.ms", "1000")));
    }

    @Test
    void aCompactedTopicThatAlsoDeletesLosesTheLatestValues() {
        List<TopicAudit.Finding> findings = TopicAudit.audit(LATEST,
                observed("cleanup.policy", "compact,delete", "retention.ms", "86400000"));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).losesEvents());
    }

    @Test
    void aLongerLimitThanADeclaredFiniteOneIsReportedButKeepsEverythingDeclared() {
        TopicSettings week = new TopicSettings("t", "o", 3, (short) 1, 1, "delete", 604800000L, -1);
        TopicAudit.Finding longer = TopicAudit.audit(week, observed("retention.ms", "1209600000")).get(0);
        assertFalse(longer.losesEvents());
        assertTrue(TopicAudit.audit(week, observed("retention.ms", "86400000")).get(0).losesEvents());
    }

    @Test
    void partitionsReplicasAndMinIsrDifferencesAreReportedWithoutStoppingTheService() {
        TopicSettings replicated = new TopicSettings("t", "o", 6, (short) 3, 2, "delete", -1, -1);
        List<TopicAudit.Finding> findings = TopicAudit.audit(replicated,
                new TopicAudit.Observed(3, 1, Map.of("cleanup.policy", "delete", "retention.ms", "-1",
                        "min.insync.replicas", "1")));
        assertEquals(List.of("partitions", "replication.factor", "min.insync.replicas"),
                findings.stream().map(TopicAudit.Finding::setting).toList());
        assertTrue(findings.stream().noneMatch(TopicAudit.Finding::losesEvents));
    }
}
