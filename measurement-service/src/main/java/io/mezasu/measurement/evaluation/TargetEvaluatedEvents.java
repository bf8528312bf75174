package io.mezasu.measurement.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.TargetKey;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.EventType;
import io.mezasu.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * TargetEvaluated (io.mezasu.target.evaluated.v2) for other city systems, through the outbox: the event
 * is committed with the evaluation it announces, and relayed after. Schema:
 * docs/events/target.evaluated.v2.schema.json (v2: osakaLabel is the Japanese label, plus proRataOn and
 * the sentence; see docs/events/README.md).
 */
@ApplicationScoped
public class TargetEvaluatedEvents {

    static final EventType TYPE = new EventType("target.evaluated", 2);

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final MeasurementConfig config;

    public TargetEvaluatedEvents(Outbox outbox, ObjectMapper mapper, MeasurementConfig config) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
    }

    /** Must run in the transaction that saved {@code evaluation}. */
    public void announce(EvaluationRepository.Stored evaluation) {
        String key = TargetKey.of(evaluation.plan(), evaluation.target());
        CloudEvent event = CloudEvent.of(config.eventSource(), TYPE, key, evaluation.recordedAt(), data(evaluation));
        outbox.append(config.evaluationsTopic(), key, event);
    }

    /** The data of the event, also the body of GET …/targets/{code}/evaluation. */
    public ObjectNode data(EvaluationRepository.Stored s) {
        ObjectNode data = mapper.createObjectNode()
                .put("plan", s.plan())
                .put("planVersion", s.planVersion())
                .put("target", s.target())
                .put("version", s.version())
                .put("recordedAt", s.recordedAt().toString())
                .put("lastMeasurementId", s.lastMeasurementId() == null ? null : s.lastMeasurementId().toString());
        data.set("evaluation", mapper.valueToTree(s.evaluation()));
        return data;
    }
}
