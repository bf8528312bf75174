package io.mezasu.measurement.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks spec (standardwebhooks.com): the secret is {@code whsec_} plus the base64 of
 * the key, the signed content is {@code id.timestamp.body} and the header value {@code v1,} plus the base64
 * HMAC-SHA256. Plain JDK, so any subscriber can check it the same way (docs/api-guide.md, "Webhooks").
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /** A new random secret, {@code whsec_…}. */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** @throws IllegalArgumentException when the secret is not {@code whsec_} plus base64 */
    public static WebhookSignature of(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        return new WebhookSignature(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())));
    }

    /** The {@code webhook-signature} header value for one message. */
    public String sign(String id, long timestampSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(id + "." + timestampSeconds + "." + body));
    }

    /** True when one of the space-separated {@code v1,…} signatures in {@code header} matches (constant time). */
    public boolean verify(String id, long timestampSeconds, String body, String header) {
        byte[] expected = sign(id, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header == null ? new String[0] : header.trim().split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private byte[] hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
