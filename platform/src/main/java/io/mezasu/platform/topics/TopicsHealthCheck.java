package io.mezasu.platform.topics;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a topic this service uses would lose events (or could not be checked): the event log is the source
 * of truth, so a service writing to a log that forgets must not take traffic. Each finding is named in the data.
 */
@Readiness
@ApplicationScoped
public class TopicsHealthCheck implements HealthCheck {

    private final TopicProvisioner provisioner;

    public TopicsHealthCheck(TopicProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public HealthCheckResponse call() {
        TopicProvisioner.Report report = provisioner.report();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-topics").status(report.fit())
                .withData("checkedAt", report.checkedAt().toString());
        if (report.failure() != null) {
            response.withData("failure", "topics could not be checked: " + report.failure());
        }
        for (TopicAudit.Finding finding : report.findings()) {
            response.withData(finding.topic() + " " + finding.setting(),
                    (finding.losesEvents() ? "LOSES EVENTS: " : "") + finding.message());
        }
        if (report.findings().isEmpty() && report.failure() == null) {
            provisioner.used().forEach(t -> response.withData(t.name(), "as declared"));
        }
        return response.build();
    }
}
