package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** The lifecycle Quarkus drives: init, start (config for the app), stop (nothing left behind). */
class LocalStackTestResourceTest {

    @Test
    void startsBothAndCleansUp() throws Exception {
        LocalStackTestResource resource = new LocalStackTestResource();
        resource.init(Map.of("database", "plan"));
        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        Path dataDir;
        try {
            try (Connection c = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"));
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_database(), current_setting('data_directory')")) {
                rs.next();
                assertEquals("plan", rs.getString(1));
                dataDir = Path.of(rs.getString(2));
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    config.get("kafka.bootstrap.servers")))) {
                assertEquals(1, admin.describeCluster().nodes().get().size());
            }
            // The service is told to trust the throwaway key TestTokens signs with.
            Path publicKey = Path.of(config.get("mp.jwt.verify.publickey.location").substring("file:".length()));
            assertEquals(TokenMinter.ISSUER, config.get("mp.jwt.verify.issuer"));
            assertEquals(TokenMinter.AUDIENCE, config.get("mp.jwt.verify.audiences"));
            new org.jose4j.jwt.consumer.JwtConsumerBuilder()
                    .setVerificationKey(JwtKeys.load(publicKey.getParent()).publicKey())
                    .setExpectedIssuer(TokenMinter.ISSUER).setExpectedAudience(TokenMinter.AUDIENCE).build()
                    .processToClaims(TestTokens.forRoles(TokenMinter.READER));
        } finally {
            resource.stop();
        }
        assertFalse(Files.exists(dataDir), "the temp dir is deleted");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "mezasu", "x"), "postgres is down");
    }
}
