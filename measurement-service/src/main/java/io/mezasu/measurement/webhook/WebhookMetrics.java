package io.mezasu.measurement.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * {@code mezasu_webhook_deliveries_total{outcome}} (attempts by outcome: delivered, retried, dead) and
 * {@code mezasu_webhook_deliveries_pending} (deliveries not yet delivered nor dead, all replicas; refreshed every
 * 10 s from the database so a scrape costs nothing).
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    private final DeliveryQueue queue;
    private final Counter delivered;
    private final Counter retried;
    private final Counter dead;
    private volatile long pending;

    public WebhookMetrics(DeliveryQueue queue, MeterRegistry registry) {
        this.queue = queue;
        this.delivered = counter(registry, "delivered");
        this.retried = counter(registry, "retried");
        this.dead = counter(registry, "dead");
        Gauge.builder("mezasu.webhook.deliveries.pending", this, m -> m.pending)
                .description("Webhook deliveries waiting for their (next) attempt").register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("mezasu.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void retried() {
        retried.increment();
    }

    void dead() {
        dead.increment();
    }

    @Scheduled(every = "10s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            pending = queue.pending();
        } catch (RuntimeException e) {
            LOG.debugf("webhook pending count not refreshed: %s", e.getMessage());
        }
    }
}
