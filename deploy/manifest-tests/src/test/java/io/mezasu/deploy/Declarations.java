package io.mezasu.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the services declare in their configuration files: the yardstick the deploy files are held to. */
final class Declarations {

    /** One declared topic, with the defaults of io.mezasu.platform.topics.KafkaTopicsConfig filled in. */
    record Topic(String name, int partitions, String cleanupPolicy, String retentionMs, String retentionBytes) {
    }

    /**
     * Settings a deployment may set that no configuration file of ours names, because Quarkus or MicroProfile define
     * them and we leave them empty on purpose (secrets). README's "real deployment" list names each.
     */
    static final Set<String> SECRETS = Set.of("QUARKUS_DATASOURCE_PASSWORD");

    /** What every service needs from its environment to run outside the local stack. */
    static final Set<String> REQUIRED = Set.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MEZASU_KAFKA_REPLICATION_FACTOR", "MEZASU_KAFKA_MIN_INSYNC_REPLICAS");

    static final Set<String> SERVICES = Set.of("plan-service", "measurement-service");

    private Declarations() {
    }

    static Path root() {
        return Path.of(System.getProperty("mezasu.root.dir", "../.."));
    }

    static Properties platform() {
        return load(root().resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /** The environment variable form of every property the service's own and shared files set. */
    static Set<String> environmentNames(String service) {
        Properties all = platform();
        all.putAll(load(root().resolve(service).resolve("src/main/resources/application.properties")));
        return all.stringPropertyNames().stream().map(Declarations::environmentName).collect(Collectors.toSet());
    }

    /** MicroProfile Config's rule: every character other than a letter or digit becomes _, then upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** mezasu.kafka.topics.{id}.* of the platform file, by topic name. */
    static Map<String, Topic> topics() {
        Properties p = platform();
        Map<String, Topic> topics = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("mezasu.kafka.topics.") && key.endsWith(".name")) {
                String prefix = key.substring(0, key.length() - "name".length());
                topics.put(p.getProperty(key), new Topic(p.getProperty(key),
                        Integer.parseInt(p.getProperty(prefix + "partitions", "3")),
                        p.getProperty(prefix + "cleanup-policy", "delete"),
                        p.getProperty(prefix + "retention-ms", "-1"),
                        p.getProperty(prefix + "retention-bytes", "-1")));
            }
        }
        return topics;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return p;
    }
}
