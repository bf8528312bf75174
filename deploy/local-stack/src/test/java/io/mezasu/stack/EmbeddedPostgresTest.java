package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    // Not @TempDir: that is mode 700, and as root the server runs as the postgres user, who must get in.
    private Path dir;

    @BeforeEach
    void createDir() throws Exception {
        dir = Dirs.newTempDir("mezasu-pg-test-");
    }

    @AfterEach
    void deleteDir() throws Exception {
        Dirs.deleteRecursively(dir);
    }

    @Test
    void createsADatabaseAndRunsAQuery() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("pg"), 0, false, "s3cret")) {
            pg.createDatabases("plan", "plan"); // the second one exists already: skipped
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), pg.username(), pg.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_database(), 'うめだ'::text")) {
                rs.next();
                assertEquals("plan", rs.getString(1));
                assertEquals("うめだ", rs.getString(2));
            }
        }
        assertFalse(Files.exists(dir.resolve("pg/postmaster.pid")), "a clean stop removes the lock file");
    }
}
