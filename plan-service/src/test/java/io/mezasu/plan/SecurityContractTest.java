package io.mezasu.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.platform.security.Roles;
import io.mezasu.platform.security.VendorScope;
import io.mezasu.stack.TokenMinter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The launcher's token minter cannot depend on the platform; this keeps the two vocabularies equal. */
class SecurityContractTest {

    @Test
    void theMinterSpeaksThePlatformsVocabulary() {
        assertEquals(Roles.ALL, TokenMinter.ROLES);
        assertEquals(VendorScope.CLAIM, TokenMinter.SCOPE_CLAIM);
        var config = ConfigProvider.getConfig();
        assertEquals(TokenMinter.ISSUER, config.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals(TokenMinter.AUDIENCE, config.getValue("mp.jwt.verify.audiences", String.class));
    }
}
