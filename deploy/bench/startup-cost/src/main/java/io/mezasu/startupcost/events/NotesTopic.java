package io.mezasu.startupcost.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Creates the notes topic at start if it is missing. The local stack's broker creates no topic on its own, and the
 * services do the same at start (mezasu-platform's topic declarations), so this admin round trip is part of the
 * Kafka row's cost as it is of theirs.
 */
@ApplicationScoped
public class NotesTopic {

    static final String NAME = "startup-cost.notes";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    void createIfMissing(@Observes StartupEvent start) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(NAME)) {
                admin.createTopics(List.of(new NewTopic(NAME, 3, (short) 1))).all().get();
            }
        }
    }
}
