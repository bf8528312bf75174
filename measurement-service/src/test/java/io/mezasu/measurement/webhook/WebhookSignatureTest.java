package io.mezasu.measurement.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks reference libraries (standard-webhooks, javascript/src/index.test.ts). */
    @Test
    void matchesTheStandardWebhooksReferenceVector() {
        WebhookSignature signature = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String body = "{\"test\": 2432232314}";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                signature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    @Test
    void verifiesItsOwnSignatureAndNothingElse() {
        WebhookSignature signature = WebhookSignature.of(WebhookSignature.newSecret(new SecureRandom()));
        String header = signature.sign("d-1", 1_700_000_000L, "{}");
        assertTrue(signature.verify("d-1", 1_700_000_000L, "{}", "v1,bogus " + header));
        assertFalse(signature.verify("d-1", 1_700_000_001L, "{}", header), "another timestamp");
        assertFalse(signature.verify("d-2", 1_700_000_000L, "{}", header), "another id");
        assertFalse(signature.verify("d-1", 1_700_000_000L, "{ }", header), "another body");
        assertFalse(signature.verify("d-1", 1_700_000_000L, "{}", null));
    }

    @Test
    void secretsCarryThePrefixAndDiffer() {
        SecureRandom random = new SecureRandom();
        String one = WebhookSignature.newSecret(random);
        assertTrue(one.startsWith("whsec_"));
        assertFalse(one.equals(WebhookSignature.newSecret(random)));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }
}
