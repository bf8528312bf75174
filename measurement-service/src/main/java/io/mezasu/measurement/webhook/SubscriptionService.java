package io.mezasu.measurement.webhook;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.PlanTargets;
import io.mezasu.measurement.evaluation.TargetEvaluatedEvents;
import io.mezasu.measurement.webhook.WebhookViews.Delivery;
import io.mezasu.measurement.webhook.WebhookViews.DeliveryPage;
import io.mezasu.measurement.webhook.WebhookViews.NewSubscription;
import io.mezasu.measurement.webhook.WebhookViews.Subscription;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
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
        client.refusal(url).ifPresent(refusal -> {
            throw refused("address-refused", refusal);
        });
        if (subscriptions.countOwnedBy(caller.subject()) >= config.maxSubscriptionsPerOwner()) {
            throw ProblemException.conflict(Text.of("webhook.too-many-subscriptions",
                    "max", config.maxSubscriptionsPerOwner()));
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
                .orElseThrow(() -> ProblemException.notFound(Text.of("webhook.no-subscription", "id", id)));
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        subscriptions.delete(get(id, caller).id());
    }

    /** The delivery log, newest first; {@code status} DEAD is the dead-letter list. */
    public DeliveryPage deliveries(UUID id, String status, Integer page, Integer size, Caller caller) {
        // The request is checked before the subscription is looked up: a bad status is a 400 whoever owns the id.
        if (status != null && !STATUSES.contains(status)) {
            List<String> known = STATUSES.stream().sorted().toList();
            throw ProblemException.invalid(Text.of("webhook.status-invalid", "statuses", known),
                    List.of(FieldIssue.of("status", "unknown-status", "statuses", known)));
        }
        UUID subscription = get(id, caller).id();
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
                .orElseThrow(() -> ProblemException.notFound(Text.of("webhook.no-delivery", "delivery", delivery,
                        "subscription", id)));
        if (!deliveries.redeliver(subscription, delivery)) {
            throw ProblemException.conflict(Text.of("webhook.not-dead", "delivery", delivery,
                    "status", found.status()));
        }
        return deliveries.find(subscription, delivery).orElseThrow();
    }

    private static String ownerFilter(Caller caller) {
        return caller.hasAnyRole(Roles.OPERATOR) ? null : caller.subject();
    }

    private static URI checkShape(NewSubscription request) {
        if (request == null) {
            throw ProblemException.invalid(Text.of("webhook.body-required"),
                    List.of(FieldIssue.of("", "required", "field", "body")));
        }
        String url = request.url();
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            FieldIssue issue = url == null || url.isBlank() ? FieldIssue.of("/url", "required", "field", "url")
                    : FieldIssue.of("/url", "too-long", "max", MAX_URL);
            throw ProblemException.invalid(Text.of("webhook.url-required", "max", MAX_URL), List.of(issue));
        }
        try {
            URI parsed = new URI(url);
            Optional<AddressRefusal> shape = AddressPolicy.shapeProblem(parsed);
            if (shape.isPresent()) {
                throw refused("bad-url", shape.get());
            }
            return parsed;
        } catch (URISyntaxException e) {
            // Our words, not the parser's message (it quotes the input and names its internals).
            throw ProblemException.invalid(Text.of("webhook.url-malformed"),
                    List.of(new FieldIssue("/url", "malformed", Text.of("webhook.url-malformed-why"))));
        }
    }

    private static void checkTypes(List<String> types) {
        if (types == null || types.isEmpty() || types.size() > MAX_TYPES) {
            throw ProblemException.invalid(Text.of("webhook.types-required", "max", MAX_TYPES),
                    List.of(new FieldIssue("/types", "required", Text.of("webhook.types-example",
                            "type", EMITTED.iterator().next()))));
        }
        List<String> unknown = types.stream().filter(t -> !EMITTED.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("/types", "unknown-type", Text.of("webhook.unknown-type", "unknown", unknown,
                    "emitted", EMITTED.stream().sorted().toList()));
        }
    }

    private void checkPlan(String plan, String target) {
        if (plan == null || plan.isBlank()) {
            throw ProblemException.invalid(Text.of("webhook.plan-required"), List.of(new FieldIssue("/plan",
                    "required", Text.of("webhook.plan-example"))));
        }
        PlanTargets targets = catalog.targets(plan)
                .orElseThrow(() -> unprocessable("/plan", "unknown-plan", Text.of("webhook.unknown-plan",
                        "plan", plan)));
        if (target != null && targets.target(target).isEmpty()) {
            throw unprocessable("/target", "unknown-target", Text.of("plan.no-target", "plan", plan,
                    "target", target));
        }
    }

    /** The URL refused: the detail names the reason, the field error carries it (and its code stays stable). */
    private static ProblemException refused(String code, AddressRefusal refusal) {
        return unprocessable("/url", code, Text.of("webhook.url-refused", "reason", refusal.reason()));
    }

    private static ProblemException unprocessable(String field, String code, Text detail) {
        return ProblemException.unprocessable(detail, List.of(new FieldIssue(field, code, detail)));
    }
}
