package io.mezasu.measurement.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@code @ExtendWith(TrustedClient.class)}: each test calls as {@link Auth#actAsTrustedClient()}, then anonymously again. */
public class TrustedClient implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Auth.actAsTrustedClient();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Auth.reset();
    }
}
