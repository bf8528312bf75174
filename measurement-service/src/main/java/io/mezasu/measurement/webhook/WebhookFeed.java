package io.mezasu.measurement.webhook;

import io.mezasu.measurement.evaluation.EvaluationsAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Queues a delivery per matching subscription for every TargetEvaluated event, in the transaction that stores the
 * evaluation (one INSERT … SELECT per announced batch): nothing announced is lost, and a rolled-back batch queues
 * nothing. The dispatcher is woken once that transaction has committed.
 */
@ApplicationScoped
public class WebhookFeed {

    private final DeliveryQueue queue;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookDispatcher dispatcher;

    public WebhookFeed(DeliveryQueue queue, TransactionSynchronizationRegistry transactions,
            WebhookDispatcher dispatcher) {
        this.queue = queue;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    void onAnnounced(@Observes EvaluationsAnnounced announced) {
        if (queue.enqueue(announced.events()) == 0) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wakeUp();
                }
            }
        });
    }
}
