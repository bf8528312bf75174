package io.mezasu.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.mezasu.stack.TokenMinter;
import java.util.List;

/**
 * The generated clients, one per service and token. Their Jackson mapper refuses properties the contract does not
 * declare, so a field the server adds without documenting it fails here instead of being dropped unseen.
 */
final class Clients {

    private Clients() {
    }

    static io.mezasu.client.plan.ApiClient plan(String baseUrl, String token) {
        io.mezasu.client.plan.ApiClient client = new io.mezasu.client.plan.ApiClient();
        client.updateBaseUri(baseUrl);
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    static io.mezasu.client.measurement.ApiClient measurement(String baseUrl, String token) {
        io.mezasu.client.measurement.ApiClient client = new io.mezasu.client.measurement.ApiClient();
        client.updateBaseUri(baseUrl);
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    static String token(TokenMinter tokens, String subject, String role, List<String> vendorScope) {
        TokenMinter.Token token = TokenMinter.Token.of(subject, role);
        return tokens.mint(vendorScope.isEmpty() ? token : token.withVendorScope(vendorScope));
    }
}
