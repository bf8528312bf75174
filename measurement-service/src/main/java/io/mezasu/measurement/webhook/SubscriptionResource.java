package io.mezasu.measurement.webhook;

import io.mezasu.measurement.webhook.WebhookViews.Delivery;
import io.mezasu.measurement.webhook.WebhookViews.DeliveryPage;
import io.mezasu.measurement.webhook.WebhookViews.NewSubscription;
import io.mezasu.measurement.webhook.WebhookViews.Subscription;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions (購読) for city systems without a Kafka consumer; thin: SubscriptionService decides. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR})
@Tag(name = "Webhooks", description = "TargetEvaluated events POSTed to a city system's URL, signed per Standard Webhooks")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final Caller caller;

    public SubscriptionResource(SubscriptionService subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a URL to evaluation events of a plan (or one target)",
            description = "Each matching event is POSTed as its CloudEvent JSON, at least once and in order per "
                    + "target, signed with the secret in this answer (shown only here). The URL must be https and "
                    + "resolve to public addresses unless the service's allow-list names it.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it; the body carries the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The caller holds the most subscriptions allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown event type, plan or target; URL refused (private or "
            + "loopback address, plain http)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewSubscription request, @Context UriInfo uri) {
        Subscription created = subscriptions.create(request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The caller's subscriptions (an operator's: all), newest first",
            description = "Without secrets. An integrator sees the subscriptions it created; an operator sees every one.")
    public List<Subscription> list() {
        return subscriptions.list(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "One subscription, without its secret",
            description = "Another integrator's subscription is 404, as if it did not exist.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Subscription get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller).withoutSecret();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe: nothing more is sent; its delivery log goes too",
            description = "Deliveries not yet sent are dropped with the subscription.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listDeliveries", summary = "The delivery log (配信ログ), newest first; status=DEAD is the dead-letter list",
            description = "Each event once, with its attempts, the last HTTP status and error, and when it was "
                    + "delivered or given up (DEAD after the last retry).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryPage deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}) @SingleLine String status,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(1000) Integer size) {
        return subscriptions.deliveries(id, status, page, size, caller);
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/redeliver")
    @Operation(operationId = "redeliverDelivery", summary = "Send a dead-lettered delivery again, with fresh attempts",
            description = "Only a DEAD delivery; it keeps its webhook-id, so a subscriber that did get it can "
                    + "recognise it. Later events of the same target may already have arrived: order by data.version.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delivery is not DEAD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("delivery") UUID delivery) {
        return Response.accepted(subscriptions.redeliver(id, delivery, caller)).build();
    }
}
