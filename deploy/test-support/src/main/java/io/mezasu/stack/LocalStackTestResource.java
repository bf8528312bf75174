package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test JVM its own throwaway Kafka broker and PostgreSQL database on free ports, and a throwaway
 * token signing key the service under test trusts (mint tokens with {@link TestTokens}):
 * <pre>
 * &#64;QuarkusTestResource(value = LocalStackTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "plan"))
 * </pre>
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackTestResource.class);
    private static final String DIR_PREFIX = "mezasu-stack-";
    private static final String OWNER_FILE = "owner.pid";

    private String database = "app";
    private Path dir;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private Map<String, String> tokenConfig;
    private Thread shutdownHook;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        reapOrphans();
        try {
            dir = Dirs.newTempDir(DIR_PREFIX);
            Files.writeString(dir.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
            // Registered before anything starts: a test JVM ended by SIGTERM/SIGINT still stops its postgres.
            shutdownHook = new Thread(this::shutDown, "mezasu-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);

            postgres = EmbeddedPostgres.start(dir.resolve("postgres"), 0, false, UUID.randomUUID().toString());
            postgres.createDatabases(database);
            kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
            tokenConfig = TestTokens.install(dir.resolve("jwt"));
        } catch (IOException | RuntimeException e) {
            shutDown();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        Map<String, String> config = new HashMap<>(tokenConfig);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to: it does the same work
            }
        }
        shutDown();
    }

    private synchronized void shutDown() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("stopping Kafka failed", e);
        } finally {
            kafka = null;
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
            deleteDir();
        }
    }

    private void deleteDir() {
        if (dir == null) {
            return;
        }
        try {
            Dirs.deleteRecursively(dir);
        } catch (IOException e) {
            LOG.warn("could not delete {}", dir, e);
        }
        dir = null;
    }

    /**
     * A test JVM killed with SIGKILL runs no shutdown hook and leaves its postgres behind. The next test JVM
     * stops such servers: their temp dir names an owner pid that is no longer alive.
     */
    static void reapOrphans() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, DIR_PREFIX + "*")) {
            for (Path orphan : dirs) {
                if (ownerAlive(orphan)) {
                    continue;
                }
                LOG.warn("cleaning up {} left by a test JVM that did not stop", orphan);
                EmbeddedPostgres.stopLeftover(orphan.resolve("postgres"));
                Dirs.deleteRecursively(orphan);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not clean up leftovers in {}", tmp, e);
        }
    }

    private static boolean ownerAlive(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            return true; // being set up right now, or not one of ours: leave it alone
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(Files.readString(owner).trim()));
        return process.map(ProcessHandle::isAlive).orElse(false);
    }
}
