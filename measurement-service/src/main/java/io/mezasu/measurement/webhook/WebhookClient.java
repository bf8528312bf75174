package io.mezasu.measurement.webhook;

import io.mezasu.platform.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sends one delivery: checks the URL against the {@link AddressPolicy} on a fresh resolution (a host that now
 * resolves somewhere private is refused, DNS rebinding), signs it (Standard Webhooks headers) and POSTs the
 * CloudEvent with bounded connect and answer timeouts. Redirects are not followed; the answer's body is not read.
 */
@ApplicationScoped
public class WebhookClient {

    /** How an attempt went: delivered on a 2xx; otherwise the status (none without an answer) and why. */
    public record Outcome(Integer status, String error) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookConfig config;
    private final AddressPolicy policy;
    private final Clock clock;
    private final HttpClient http;

    public WebhookClient(WebhookConfig config, Clock clock) {
        this.config = config;
        this.policy = AddressPolicy.of(config.allow().orElse(List.of()));
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Why deliveries may not go to {@code url} now; empty when they may. Resolves the host. */
    public Optional<AddressRefusal> refusal(URI url) {
        Optional<AddressRefusal> shape = AddressPolicy.shapeProblem(url);
        return shape.isPresent() ? shape : policy.refusal(url, resolve(AddressPolicy.host(url)));
    }

    /** One attempt; never throws for the subscriber's failures. */
    public Outcome send(DeliveryQueue.Claimed delivery) {
        URI url = URI.create(delivery.url());
        Optional<AddressRefusal> refused = refusal(url);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get().logged());
        }
        String id = delivery.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.requestTimeout())
                .header("content-type", CloudEvent.CONTENT_TYPE)
                .header("user-agent", "mezasu-webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.of(delivery.secret()).sign(id, timestamp,
                        delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null
                    : "answered HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within the timeout (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Outcome(null, "cannot reach the subscriber: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while sending (shutting down)");
        }
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
