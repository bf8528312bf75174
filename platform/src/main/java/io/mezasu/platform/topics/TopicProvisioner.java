package io.mezasu.platform.topics;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Topics as code: creates the topics this service uses from their declarations, checks the ones that exist, and
 * keeps the last verdict for readiness. Runs before the messaging connectors start, so no producer or consumer
 * meets a missing topic (the broker's auto-creation would give it the broker's defaults: 7 days of retention).
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    /** The outcome of one check: findings per topic, or why the check could not be made. */
    public record Report(Instant checkedAt, List<TopicAudit.Finding> findings, String failure) {
        public boolean fit() {
            return failure == null && findings.stream().noneMatch(TopicAudit.Finding::losesEvents);
        }
    }

    private final KafkaTopicsConfig config;
    private final Clock clock;
    private final String bootstrapServers;
    private Admin admin;
    private Report last;

    public TopicProvisioner(KafkaTopicsConfig config, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Report report = check();
        if (report.failure() != null) {
            LOG.warnf("Kafka topics not verified at start-up (readiness stays DOWN until they are): %s", report.failure());
        }
        report.findings().forEach(f -> LOG.log(f.losesEvents() ? Logger.Level.ERROR : Logger.Level.WARN, f.message()));
    }

    /** The latest verdict, re-checked when it is older than the recheck interval or was not fit. */
    public synchronized Report report() {
        if (last == null || !last.fit()
                || last.checkedAt().plus(config.recheckInterval()).isBefore(clock.instant())) {
            return check();
        }
        return last;
    }

    /** Creates what is missing, then audits every topic this service uses. */
    public synchronized Report check() {
        try {
            last = new Report(clock.instant(), inspect(), null);
        } catch (ExecutionException e) {
            last = new Report(clock.instant(), List.of(), String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = new Report(clock.instant(), List.of(), "interrupted");
        } catch (Exception e) {
            last = new Report(clock.instant(), List.of(), e.toString());
        }
        return last;
    }

    private List<TopicAudit.Finding> inspect() throws Exception {
        List<TopicSettings> used = used();
        create(used);
        Map<String, TopicAudit.Observed> observed = observe(used);
        if (config.alignExisting() && align(used, observed)) {
            observed = observe(used);
        }
        List<TopicAudit.Finding> findings = new ArrayList<>();
        for (TopicSettings topic : used) {
            findings.addAll(TopicAudit.audit(topic, observed.get(topic.name())));
        }
        return List.copyOf(findings);
    }

    /** The declarations of this service's topics; an id without a declaration is a configuration error. */
    public List<TopicSettings> used() {
        return config.uses().stream().filter(id -> !id.isBlank()).map(id -> {
            KafkaTopicsConfig.Topic topic = config.topics().get(id);
            if (topic == null) {
                throw new IllegalStateException("mezasu.kafka.uses names '" + id
                        + "', but no mezasu.kafka.topics." + id + ".name is declared");
            }
            return TopicSettings.of(topic);
        }).toList();
    }

    private void create(List<TopicSettings> used) throws Exception {
        Set<String> existing = admin().listTopics().names().get(timeout(), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = used.stream().filter(t -> !existing.contains(t.name()))
                .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactor()).configs(t.configs()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin().createTopics(missing).all().get(timeout(), TimeUnit.MILLISECONDS);
            missing.forEach(t -> LOG.infof("created topic %s %s", t.name(), t.configs()));
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // another replica created it in between: its settings are audited next
            }
        }
    }

    private Map<String, TopicAudit.Observed> observe(List<TopicSettings> used) throws Exception {
        List<String> names = used.stream().map(TopicSettings::name).toList();
        Map<String, TopicDescription> descriptions =
                admin().describeTopics(names).allTopicNames().get(timeout(), TimeUnit.MILLISECONDS);
        Map<ConfigResource, Config> configs = admin().describeConfigs(names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList())
                .all().get(timeout(), TimeUnit.MILLISECONDS);
        Map<String, TopicAudit.Observed> observed = new HashMap<>();
        for (String name : names) {
            TopicDescription d = descriptions.get(name);
            Map<String, String> values = new HashMap<>();
            for (ConfigEntry entry : configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name)).entries()) {
                if (entry.value() != null) {
                    values.put(entry.name(), entry.value());
                }
            }
            observed.put(name, new TopicAudit.Observed(d.partitions().size(),
                    d.partitions().get(0).replicas().size(), values));
        }
        return observed;
    }

    /** Sets the declared retention and cleanup policy on topics that would otherwise lose events. */
    private boolean align(List<TopicSettings> used, Map<String, TopicAudit.Observed> observed) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (TopicSettings topic : used) {
            if (TopicAudit.audit(topic, observed.get(topic.name())).stream().anyMatch(TopicAudit.Finding::losesEvents)) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet()
                        .stream().map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()),
                                AlterConfigOp.OpType.SET)).toList());
                LOG.warnf("aligning topic %s with its declaration %s", topic.name(), topic.configs());
            }
        }
        if (!changes.isEmpty()) {
            admin().incrementalAlterConfigs(changes).all().get(timeout(), TimeUnit.MILLISECONDS);
        }
        return !changes.isEmpty();
    }

    private long timeout() {
        return config.adminTimeout().toMillis();
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout()));
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout()));
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
