package io.mezasu.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Apache Kafka (KRaft, combined broker + controller) running inside this JVM on 127.0.0.1.
 * The log dir is formatted on first use only, so a restart on the same dir keeps its topics and records.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    /**
     * Kafka logs through slf4j, at INFO about a thousand lines per start. In a Quarkus test JVM slf4j ends in
     * jboss-logmanager, which is also the JUL LogManager there, so JUL levels quiet it; held here because JUL
     * may forget the level of a logger nobody references. (The launcher's slf4j-simple reads
     * simplelogger.properties instead, where this has no effect.) A service's own quarkus.log.category
     * settings, applied when the app boots, still win.
     */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS =
            warningsOnly("kafka", "org.apache.kafka", "state.change.logger");
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int brokerPort;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, int brokerPort) {
        this.server = server;
        this.brokerPort = brokerPort;
    }

    /**
     * Formats {@code logDir} if needed and starts the server; returns once the broker is unfenced and serving.
     *
     * @param brokerPort client port, 0 for a free one; the controller always gets a free port
     */
    public static EmbeddedKafka start(Path logDir, int brokerPort) throws IOException {
        long t0 = System.nanoTime();
        int port = Ports.orFree(brokerPort);
        KafkaConfig config = new KafkaConfig(settings(logDir.toAbsolutePath(), port, Ports.free()), false);
        formatIfNeeded(logDir, config);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        LOG.info("Kafka started on {}:{} in {} ms", Ports.HOST, port, (System.nanoTime() - t0) / 1_000_000);
        return new EmbeddedKafka(server, port);
    }

    private static Map<String, String> settings(Path logDir, int brokerPort, int controllerPort) {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        // Static voters (not a dynamic quorum): the controller port may differ on every start of the same dir.
        p.put("controller.quorum.voters", NODE_ID + "@" + Ports.HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", "PLAINTEXT://" + Ports.HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + Ports.HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic must be satisfiable by a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        // Fewer internal partitions than the default 50: creating them dominates the first consumer's start-up.
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created by the services from their declarations (io.mezasu.platform.topics), never with the
        // broker's defaults (7 days of retention) because a client asked for one that did not exist yet.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "3");
        return p;
    }

    private static void formatIfNeeded(Path logDir, KafkaConfig config) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted by an earlier run: resume with its data
        }
        Files.createDirectories(logDir);
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setHasDynamicQuorum(false)
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .run();
        } catch (Exception e) {
            throw new IOException("could not format Kafka log dir " + logDir, e);
        }
    }

    private static List<java.util.logging.Logger> warningsOnly(String... names) {
        List<java.util.logging.Logger> loggers = Stream.of(names).map(java.util.logging.Logger::getLogger).toList();
        loggers.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        return loggers;
    }

    /** {@code 127.0.0.1:port} of the PLAINTEXT listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return Ports.HOST + ":" + brokerPort;
    }

    public int port() {
        return brokerPort;
    }

    /** Stops broker and controller and waits until both are down (log dir lock released). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka on port {} stopped", brokerPort);
    }
}
