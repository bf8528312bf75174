package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local run keeps its data: a second start on the same directories resumes instead of re-initialising. */
class RestartTest {

    private Path dir;

    @BeforeEach
    void createDir() throws Exception {
        dir = Dirs.newTempDir("mezasu-restart-test-");
    }

    @AfterEach
    void deleteDir() throws Exception {
        Dirs.deleteRecursively(dir);
    }

    @Test
    void kafkaKeepsRecordsAcrossRestarts() throws Exception {
        Path logDir = dir.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            EmbeddedKafkaTest.create(kafka, "kept");
            EmbeddedKafkaTest.send(kafka, "kept", "k", "before restart");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            assertEquals(List.of("before restart"), EmbeddedKafkaTest.readAll(kafka, "kept"));
        }
    }

    @Test
    void postgresKeepsTablesAcrossRestarts() throws Exception {
        Path dataDir = dir.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, 0, true, "pw");
                Connection c = connect(pg);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('before restart')");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, 0, true, "pw");
                Connection c = connect(pg);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            rs.next();
            assertEquals("before restart", rs.getString(1));
        }
    }

    private static Connection connect(EmbeddedPostgres pg) throws Exception {
        pg.createDatabases("app");
        return DriverManager.getConnection(pg.jdbcUrl("app"), pg.username(), pg.password());
    }
}
