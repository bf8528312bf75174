package io.mezasu.measurement.support;

import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import java.util.List;

/** Tokens for feature tests; the authorization matrix tests use TestTokens directly. */
public final class Auth {

    private Auth() {
    }

    /** A vendor that may also read and replay, scoped to the test plans: for tests about something else. */
    public static void actAsTrustedClient() {
        String token = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR, TokenMinter.READER, TokenMinter.OPERATOR)
                .withSubject("test-vendor-kumin-monitor")
                .withVendorScope(List.of("plan:minato-fy2019", "plan:osaka-fy2099", "plan:minato-eval")));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }

    public static void reset() {
        RestAssured.requestSpecification = null;
    }
}
