package io.mezasu.measurement.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed settings of the webhooks ({@code mezasu.webhooks.*}; docs/operations.md, "Webhooks"). */
@ConfigMapping(prefix = "mezasu.webhooks")
public interface WebhookConfig {

    /**
     * Host names, addresses and CIDR blocks webhooks may reach although they are not public (loopback, private,
     * link-local…); plain http is allowed only to these. Empty by default: public https only.
     */
    Optional<List<String>> allow();

    /** Longest wait for a TCP/TLS connection to a subscriber. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest wait for a subscriber's answer, from sending the request. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Attempts per delivery in all; after the last failure it is dead-lettered (DEAD). */
    @WithDefault("12")
    int maxAttempts();

    /** The wait after the first failure (doubling each time, with jitter). */
    @WithDefault("10s")
    Duration firstRetry();

    /** The longest wait between attempts. */
    @WithDefault("1h")
    Duration maxRetry();

    /** Deliveries sent at the same time by this replica (threads). */
    @WithDefault("4")
    int workers();

    /** How often idle workers look for due deliveries (retries, other replicas' rows). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a claimed delivery stays with its worker; longer than connect + request timeouts. */
    @WithDefault("2m")
    Duration lease();

    /** Subscriptions one integrator may hold. */
    @WithDefault("50")
    int maxSubscriptionsPerOwner();
}
