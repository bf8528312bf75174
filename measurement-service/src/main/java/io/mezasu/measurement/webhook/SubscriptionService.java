package io.mezasu.measurement.webhook;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.PlanTargets;
import io.mezasu.measurement.evaluation.TargetEvaluatedEvents;
import io.mezasu.measurement.webhook.WebhookViews.Delivery;
import io.mezasu.measurement.webhook.WebhookViews.DeliveryPage;
import io.mezasu.measurement.webhook.WebhookViews.NewSubscription;
import io.mezasu.measurement.webhook.WebhookViews.Subscription;
import io.mezasu.platform.problem.Problem.FieldError;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook subscriptions (購読) and their delivery logs. An integrator sees only its own subscriptions (another's is
 * 404, as if absent); an operator sees and removes all of them.
 */
@ApplicationScoped
public class SubscriptionService {

    static final int MAX_URL = 2048;
    static final int MAX_TYPES = 10;
    static final Set<String> EMITTED = Set.of(TargetEvaluatedEvents.TYPE.value());
    private static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "DEAD");

    private final SubscriptionRepository subscriptions;
    private final DeliveryQueue deliveries;
    private final CatalogLookup catalog;
    private final WebhookClient client;
    private final WebhookConfig config;
    private final MeasurementConfig paging;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionService(SubscriptionRepository subscriptions, DeliveryQueue deliveries, CatalogLookup catalog,
            WebhookClient client, WebhookConfig config, MeasurementConfig paging, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.client = client;
        this.config = config;
        this.paging = paging;
        this.clock = clock;
    }

    /** Checks everything, then stores it; the answer is the only one that carries the secret. */
    @Transactional
    public Subscription create(NewSubscription request, Caller caller) {
        URI url = checkShape(request);
        checkTypes(request.types());
        checkPlan(request.plan(), request.target());
        client.refusal(url).ifPresent(reason -> {
            throw refused("/url", "address-refused", "Webhooks cannot be sent to this URL: " + reason);
        });
        if (subscriptions.countOwnedBy(caller.subject()) >= config.maxSubscriptionsPerOwner()) {
            throw new ProblemException(ProblemType.CONFLICT, "You already hold "
                    + config.maxSubscriptionsPerOwner() + " subscriptions; delete one you no longer need first");
        }
        Subscription created = new Subscription(UUID.randomUUID(), url.toString(), List.copyOf(request.types()),
                request.plan(), request.target(), caller.subject(), OffsetDateTime.now(clock),
                WebhookSignature.newSecret(random));
        subscriptions.insert(created);
        return created;
    }

    public List<Subscription> list(Caller caller) {
        return subscriptions.list(ownerFilter(caller));
    }

    public Subscription get(UUID id, Caller caller) {
        return subscriptions.find(id, ownerFilter(caller))
                .orElseThrow(() -> ProblemException.notFound("No subscription " + id));
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        subscriptions.delete(get(id, caller).id());
    }

    /** The delivery log, newest first; {@code status} DEAD is the dead-letter list. */
    public DeliveryPage deliveries(UUID id, String status, Integer page, Integer size, Caller caller) {
        UUID subscription = get(id, caller).id();
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status must be one of " + STATUSES.stream().sorted().toList(),
                    List.of(new FieldError("status", "unknown-status", "no delivery status " + status)));
        }
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? paging.defaultPageSize() : Math.min(size, paging.maxPageSize());
        return new DeliveryPage(pageIndex, pageSize, deliveries.count(subscription, status),
                deliveries.page(subscription, status, pageIndex, pageSize));
    }

    /** A dead delivery queued again with fresh attempts; anything else is a 409. */
    @Transactional
    public Delivery redeliver(UUID id, UUID delivery, Caller caller) {
        UUID subscription = get(id, caller).id();
        Delivery found = deliveries.find(subscription, delivery)
                .orElseThrow(() -> ProblemException.notFound("No delivery " + delivery + " in subscription " + id));
        if (!deliveries.redeliver(subscription, delivery)) {
            throw ProblemException.conflict("Delivery " + delivery + " is " + found.status()
                    + "; only a DEAD delivery can be sent again");
        }
        return deliveries.find(subscription, delivery).orElseThrow();
    }

    private static String ownerFilter(Caller caller) {
        return caller.hasAnyRole(Roles.OPERATOR) ? null : caller.subject();
    }

    private static URI checkShape(NewSubscription request) {
        if (request == null) {
            throw ProblemException.invalid("A subscription needs a body: url, types and plan",
                    List.of(new FieldError("", "required", "body is missing")));
        }
        String url = request.url();
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw ProblemException.invalid("url is required, at most " + MAX_URL + " characters",
                    List.of(new FieldError("/url", url == null || url.isBlank() ? "required" : "too-long",
                            "url must be an https URL of at most " + MAX_URL + " characters")));
        }
        try {
            URI parsed = new URI(url);
            Optional<String> shape = AddressPolicy.shapeProblem(parsed);
            if (shape.isPresent()) {
                throw refused("/url", "bad-url", "Webhooks cannot be sent to this URL: " + shape.get());
            }
            return parsed;
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url is not a URL: " + e.getReason(),
                    List.of(new FieldError("/url", "malformed", e.getMessage())));
        }
    }

    private static void checkTypes(List<String> types) {
        if (types == null || types.isEmpty() || types.size() > MAX_TYPES) {
            throw ProblemException.invalid("types lists the event types to deliver: 1 to " + MAX_TYPES,
                    List.of(new FieldError("/types", "required", "e.g. [\"" + EMITTED.iterator().next() + "\"]")));
        }
        List<String> unknown = types.stream().filter(t -> !EMITTED.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw refused("/types", "unknown-type", "measurement-service does not emit " + unknown
                    + "; it emits " + EMITTED.stream().sorted().toList());
        }
    }

    private void checkPlan(String plan, String target) {
        if (plan == null || plan.isBlank()) {
            throw ProblemException.invalid("plan is required", List.of(new FieldError("/plan", "required",
                    "the key of a published plan, e.g. minato-fy2019")));
        }
        PlanTargets targets = catalog.targets(plan)
                .orElseThrow(() -> refused("/plan", "unknown-plan", "No published plan " + plan + " in the catalog"));
        if (target != null && targets.target(target).isEmpty()) {
            throw refused("/target", "unknown-target", "Plan " + plan + " has no target " + target);
        }
    }

    private static ProblemException refused(String field, String code, String detail) {
        return ProblemException.unprocessable(detail, List.of(new FieldError(field, code, detail)));
    }
}
