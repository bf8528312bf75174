package io.mezasu.measurement.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Double-submit tokens for the pages' forms: the form carries a random value that must equal the one in a
 * SameSite=Strict, HttpOnly cookie set with the form. Another site can make a browser post a form, but cannot read
 * or set our cookie, so it cannot make the two match. (quarkus-rest-csrf does the same; it is not served at the
 * platform version we are held to.)
 */
final class Csrf {

    static final String COOKIE = "mezasu_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean matches(String cookie, String field) {
        if (cookie == null || field == null || cookie.length() < 16) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
