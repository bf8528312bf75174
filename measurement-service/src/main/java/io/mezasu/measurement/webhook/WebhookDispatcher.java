package io.mezasu.measurement.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * A fixed pool of worker threads per replica, each claiming one due delivery at a time from the
 * {@link DeliveryQueue}, sending it and recording the outcome: delivered, retried later with backoff, or dead after
 * the last attempt. Workers sleep until woken by a committed enqueue or the poll interval passes. Nothing here
 * runs on the projector's thread: a slow subscriber occupies at most the workers, for at most the timeouts.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookClient client;
    private final WebhookMetrics metrics;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final Object signal = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    private long wakeUps;

    public WebhookDispatcher(DeliveryQueue queue, WebhookClient client, WebhookMetrics metrics, WebhookConfig config) {
        this.queue = queue;
        this.client = client;
        this.metrics = metrics;
        this.config = config;
        this.backoff = new Backoff(config.firstRetry(), config.maxRetry(), config.maxAttempts());
        if (config.lease().compareTo(config.connectTimeout().plus(config.requestTimeout())) <= 0) {
            throw new IllegalStateException("mezasu.webhooks.lease must be longer than connect-timeout + "
                    + "request-timeout, or a delivery still being sent could be claimed again");
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = new Thread(this::work, "webhook-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    /** Something was queued: idle workers look now instead of at the next poll. */
    public void wakeUp() {
        synchronized (signal) {
            wakeUps++;
            signal.notifyAll();
        }
    }

    private void work() {
        while (running) {
            long seen;
            synchronized (signal) {
                seen = wakeUps;
            }
            try {
                Optional<DeliveryQueue.Claimed> claimed = queue.claim(config.lease());
                if (claimed.isPresent()) {
                    deliver(claimed.get());
                } else {
                    idle(seen);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Webhook dispatcher paused, will retry: %s", e.getMessage());
                idle(seen);
            }
        }
    }

    private void deliver(DeliveryQueue.Claimed delivery) {
        WebhookClient.Outcome outcome = client.send(delivery);
        if (outcome.delivered()) {
            queue.delivered(delivery.id(), outcome.status());
            metrics.delivered();
        } else if (backoff.exhausted(delivery.attempt())) {
            queue.dead(delivery.id(), outcome.status(), outcome.error());
            metrics.dead();
        } else {
            queue.retryLater(delivery.id(), outcome.status(), outcome.error(),
                    backoff.after(delivery.attempt(), ThreadLocalRandom.current().nextDouble()));
            metrics.retried();
        }
    }

    private void idle(long seen) {
        synchronized (signal) {
            if (running && wakeUps == seen) {
                try {
                    signal.wait(Math.max(1, config.pollInterval().toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
