package io.mezasu.measurement.events;

import io.mezasu.measurement.config.MeasurementConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the evaluations topic as a compacted topic ("latest evaluation per target") before anything
 * writes to it; auto-creation would make it a plain, time-limited one. A topic that exists is left alone.
 */
@ApplicationScoped
public class Topics {

    private static final Logger LOG = Logger.getLogger(Topics.class);

    void onStart(@Observes StartupEvent event, MeasurementConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            NewTopic evaluations = new NewTopic(config.evaluationsTopic(), Optional.empty(), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(evaluations)).all().get(10, TimeUnit.SECONDS);
            LOG.infof("created compacted topic %s", config.evaluationsTopic());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("could not create topic %s: %s", config.evaluationsTopic(), e.getCause());
            }
        } catch (Exception e) {
            LOG.warnf(e, "could not create topic %s", config.evaluationsTopic());
        }
    }
}
