package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    @TempDir
    Path tmp;

    @Test
    void theKeyPairIsCreatedOnceAndThePrivateKeyIsOwnerOnly() throws Exception {
        Path dir = tmp.resolve("jwt");
        JwtKeys first = JwtKeys.loadOrCreate(dir);
        JwtKeys again = JwtKeys.loadOrCreate(dir);
        assertEquals(first.publicKey(), again.publicKey());
        assertEquals(first.privateKey(), again.privateKey());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(JwtKeys.PRIVATE_PEM))));
        try (var entries = Files.list(tmp)) { // no temp directory left behind
            assertEquals(List.of(dir), entries.toList());
        }
    }

    @Test
    void aMintedTokenCarriesRolesScopeIssuerAndAudience() throws Exception {
        JwtKeys keys = JwtKeys.loadOrCreate(tmp.resolve("jwt"));
        String token = new TokenMinter(keys).mint(TokenMinter.Token.of("vendor-a", TokenMinter.VENDOR)
                .withVendorScope(List.of("plan:minato-fy2019", "source:survey")));

        JwtClaims claims = consumer(keys, TokenMinter.AUDIENCE).processToClaims(token);
        assertEquals("vendor-a", claims.getSubject());
        assertEquals(TokenMinter.ISSUER, claims.getIssuer());
        assertEquals(List.of(TokenMinter.VENDOR), claims.getStringListClaimValue("groups"));
        assertEquals(List.of("plan:minato-fy2019", "source:survey"),
                claims.getStringListClaimValue(TokenMinter.SCOPE_CLAIM));
        assertThrows(InvalidJwtException.class, () -> consumer(keys, "other").processToClaims(token));
        assertThrows(InvalidJwtException.class, () -> consumer(JwtKeys.generate(), TokenMinter.AUDIENCE)
                .processToClaims(token));
    }

    private static JwtConsumer consumer(JwtKeys keys, String audience) {
        return new JwtConsumerBuilder().setVerificationKey(keys.publicKey()).setExpectedIssuer(TokenMinter.ISSUER)
                .setExpectedAudience(audience).setRequireExpirationTime().build();
    }
}
