package io.mezasu.measurement.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.TargetKey;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.EventType;
import io.mezasu.platform.outbox.Outbox;
import io.mezasu.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * TargetEvaluated (io.mezasu.target.evaluated.v2) for other city systems, through the outbox: the event
 * is committed with the evaluation it announces, and relayed after. Schema:
 * docs/events/target.evaluated.v2.schema.json (v2: osakaLabel is the Japanese label, plus proRataOn and
 * the sentence; see docs/events/README.md).
 */
@ApplicationScoped
public class TargetEvaluatedEvents {

    /** The only version emitted; webhook subscriptions are checked against it. */
    public static final EventType TYPE = new EventType("target.evaluated", 2);

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final MeasurementConfig config;
    private final Event<EvaluationsAnnounced> announced;

    public TargetEvaluatedEvents(Outbox outbox, ObjectMapper mapper, MeasurementConfig config,
            Event<EvaluationsAnnounced> announced) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
        this.announced = announced;
    }

    /**
     * Must run in the transaction that saved the evaluations. Observers of {@link EvaluationsAnnounced} (the
     * webhook queue) run in it too, once for the whole list.
     */
    public void announce(List<EvaluationRepository.Stored> evaluations) {
        List<EvaluationsAnnounced.Announced> events = new ArrayList<>(evaluations.size());
        for (EvaluationRepository.Stored evaluation : evaluations) {
            String key = TargetKey.of(evaluation.plan(), evaluation.target());
            CloudEvent event = CloudEvent.of(config.eventSource(), TYPE, key, evaluation.recordedAt(),
                    data(evaluation));
            OutboxEvent row = outbox.append(config.evaluationsTopic(), key, event);
            events.add(new EvaluationsAnnounced.Announced(row.id, event.type(), evaluation.plan(),
                    evaluation.target(), row.payload));
        }
        if (!events.isEmpty()) {
            announced.fire(new EvaluationsAnnounced(List.copyOf(events)));
        }
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
