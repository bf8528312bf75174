package io.mezasu.measurement.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook API reads and writes; rows never go on the wire. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** POST /api/v1/subscriptions. */
    public record NewSubscription(
            @Schema(required = true, description = "Where deliveries are POSTed: https, public address",
                    example = "https://kumin-portal.city.example/hooks/mezasu") String url,
            @Schema(required = true, description = "CloudEvents types to deliver; the service emits "
                    + "io.mezasu.target.evaluated.v2", example = "[\"io.mezasu.target.evaluated.v2\"]") List<String> types,
            @Schema(required = true, description = "Plan key (区運営方針) in the catalog", example = "minato-fy2019") String plan,
            @Schema(description = "One target (業績目標) code of the plan; omitted or null: every target",
                    example = "1-1-1-1") String target) {
    }

    /** A subscription (購読); {@code secret} only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscription(UUID id, String url, List<String> types, String plan, String target,
            @Schema(description = "Subject of the token that created it") String owner, OffsetDateTime createdAt,
            @Schema(description = "Signing secret (whsec_…), returned once, at creation; keep it safe")
            String secret) {

        Subscription withoutSecret() {
            return new Subscription(id, url, types, plan, target, owner, createdAt, null);
        }
    }

    /** One event for one subscription, with how its delivery went (配信ログ). */
    public record Delivery(
            @Schema(description = "The webhook-id header: the same on every attempt") UUID id,
            @Schema(description = "The CloudEvent id") UUID eventId, String type, String target,
            @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}) String status, int attempts,
            @Schema(description = "HTTP status of the last attempt; none if it got no answer") Integer lastStatus,
            @Schema(description = "Why the last attempt failed") String lastError, OffsetDateTime createdAt,
            @Schema(description = "When a PENDING delivery is tried next") OffsetDateTime nextAttemptAt,
            @Schema(description = "When it was delivered or given up") OffsetDateTime finishedAt) {
    }

    /** A page of the delivery log, newest first, with the total. */
    public record DeliveryPage(int page, int size, long total, List<Delivery> items) {
    }
}
