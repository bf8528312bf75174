package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;

import io.mezasu.platform.security.Roles;
import io.mezasu.stack.TestTokens;
import io.restassured.specification.RequestSpecification;

/** Requests sent with a bearer token from the test JVM's key pair. */
final class As {

    private As() {
    }

    static RequestSpecification editor() {
        return bearer(TestTokens.forRoles(Roles.PLAN_EDITOR));
    }

    static RequestSpecification reader() {
        return bearer(TestTokens.forRoles(Roles.READER));
    }

    static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }
}
